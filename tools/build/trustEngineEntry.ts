/**
 * What `c/trustEngine` exports: the engine, plus the record adapters the components need
 * (GraphQL nodes → evidence, stored receipts and models, the receipt fields to write).
 */
export * from '../../engine';
export * from '../../records';
