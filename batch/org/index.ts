export { connect, API_VERSION, type ConnectOptions } from './connect';
export { BulkJobError, ConnectError, OrgDataError } from './errors';
export { OrgApi } from './orgApi';
export { ApiLimitError, classify, withRetry } from './retry';
export { redact, registerArgumentSecrets, registerSecret, watchTokens } from './redact';
export { RunLockedError } from './runLock';
export { formatSummary } from './summary';
