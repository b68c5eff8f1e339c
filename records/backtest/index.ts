/**
 * Does the score predict renewals? The pure part of the backtest (outcomes, AUC, bands,
 * deciles, the what-if's predictive check), shared by the CLI and the setup page.
 */
export * from './types';
export * from './outcome';
export * from './auc';
export * from './summary';
export * from './overrideOutcome';
export * from './stored';
export * from './predictiveCheck';
export * from './checkPage';
