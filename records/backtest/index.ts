/**
 * Does the score predict renewals? The pure part of the backtest (outcomes, AUC, bands,
 * deciles), shared by the CLI and the setup page.
 */
export * from './types';
export * from './outcome';
export * from './auc';
export * from './summary';
export * from './stored';
