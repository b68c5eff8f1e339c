export { loadDemoData, readLoadPlan, type LoadOptions, type LoadSummary, type ObjectTally } from './loader';
export { LOAD_ORDER, NOT_LOADABLE, type LoadObject } from './plan';
export { IdMap } from './idMap';
