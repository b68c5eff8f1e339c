/**
 * The browser preview: the package's Lightning components built with the LWC compiler, base
 * components and SLDS, served on 127.0.0.1 and fed by the local org through an API proxy.
 */
export { buildPreview, HOSTED } from './build';
export { componentAliases } from './components';
export type { BuildOptions, BuildResult } from './build';
export { startPreviewServer, proxiedResource, listAccounts, API_VERSION } from './server';
export type { OrgSession, PreviewServer, PreviewServerOptions } from './server';
export { startPreview } from './preview';
export type { PreviewOptions, RunningPreview } from './preview';
export { runPreview, parsePreviewArgs, PreviewUsageError } from './main';
export {
    readLabelValues,
    scopedModuleSource,
    salesforceModules,
    ScopedModuleError
} from './salesforceModules';
export { DEFAULT_OUT_DIR, DEFAULT_DATA_DIR } from './paths';
