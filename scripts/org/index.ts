export { connect, ConnectError, API_VERSION, type ConnectOptions } from './connect';
export { OrgApi } from './orgApi';
export { runOrgScore, type OrgRunOptions, type OrgRunSummary } from './orgRun';
export { ApiLimitError, classify, withRetry } from './retry';
export { redact, registerSecret } from './redact';
export { OrgDataError } from './orgSource';
export { BulkJobError } from './bulk';
export { formatSummary } from './summary';
