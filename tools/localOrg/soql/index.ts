/** SOQL for the local org: parse, check against the schema, run on SQLite, page. */
export { parseSoql, whereTree } from './parse';
export type { BoolTree, Leaf } from './parse';
export { resolveQuery, resolveField, likePattern, unescapeSoql } from './resolve';
export type { ChildQuery, Expr, FieldRef, ResolvedQuery, SelectItem } from './resolve';
export { dateLiteralRange } from './dateLiterals';
export type { DayRange } from './dateLiterals';
export { QueryEngine, DEFAULT_BATCH_SIZE, DEFAULT_CHILD_BATCH_SIZE, MIN_BATCH_SIZE } from './execute';
export type { JsonRecord, QueryResult, QueryEngineOptions } from './execute';
