/** The backtest's JSON (docs/architecture.md): one object per run, one entry per as-of day. */

export interface BandOutcome {
    /** The band's name, or null for provisional accounts (too little evidence for a band). */
    band: string | null;
    accounts: number;
    churned: number;
    /** Churned / accounts (0–1), or null for a band without accounts. */
    churnRate: number | null;
}

export interface DecileOutcome {
    /** 1 = the tenth of accounts with the lowest scores. */
    decile: number;
    accounts: number;
    minScore: number;
    maxScore: number;
    meanScore: number;
    renewed: number;
    churned: number;
    renewalRate: number;
}

export interface SignalOutcome {
    /** Judged accounts where the signal had evidence. */
    accounts: number;
    auc: number | null;
}

/** How overridden accounts renewed: like their override band or their computed band. */
export interface OverrideOutcome {
    /** Judged accounts with an override in force on the as-of day. */
    accounts: number;
    churned: number;
    /** Those whose override band and computed band both have a churn rate among accounts not overridden. */
    compared: number;
    /** Mean squared gap between each outcome (1 = churned) and its override band's churn rate. */
    overrideBandError: number | null;
    /** The same against the computed band's churn rate. */
    computedBandError: number | null;
    /** The band the outcomes were closer to; null with nothing to compare. */
    closerTo: 'override' | 'computed' | 'same' | null;
}

export interface BacktestWindow {
    asOf: string;
    /** Last day of the window: asOf + horizon. */
    until: string;
    /** The window ends after the data's newest record: renewals still to close are missing. */
    incomplete: boolean;
    /** Accounts with an outcome and a score: the ones judged. */
    accounts: number;
    renewed: number;
    churned: number;
    /** Renewed at a lower amount than the renewal before (counted in `renewed` too). */
    downsells: number;
    /** Accounts with no renewal closing in the window. */
    leftOut: number;
    /** Accounts with an outcome but no evidence at all on the as-of day (no score). */
    unscored: number;
    /** Judged accounts whose confidence was below the model's minimum (no band). */
    provisional: number;
    /** Fewer outcomes than a judgement needs; the numbers are printed, to be read with care. */
    tooFewOutcomes: boolean;
    auc: number | null;
    /** Churned / judged accounts. */
    churnRate: number | null;
    /** The lowest band's churn rate over the window's churn rate. */
    lowestBandLift: number | null;
    bands: BandOutcome[];
    deciles: DecileOutcome[];
    signals: Record<string, SignalOutcome>;
    /** Present only when some judged account had an override in force. */
    overrides?: OverrideOutcome;
}

export interface BacktestOverall {
    windows: number;
    accounts: number;
    renewed: number;
    churned: number;
    downsells: number;
    /** Over every judged account of every window together. */
    auc: number | null;
    churnRate: number | null;
    lowestBand: string | null;
    lowestBandChurnRate: number | null;
    lowestBandLift: number | null;
    tooFewOutcomes: boolean;
    bands: BandOutcome[];
}

export interface BacktestResult {
    horizonDays: number;
    model: { name: string; version: number };
    /** The newest day any record of the data is dated. */
    newestRecord: string | null;
    windows: BacktestWindow[];
    overall: BacktestOverall;
}

/** One judged account in one window: its score on the as-of day and what followed. */
export interface JudgedAccount {
    accountId: string;
    score: number;
    /** The band the score earned (an override does not change it: the backtest judges the model). */
    band: string | null;
    provisional: boolean;
    /** The band of the override in force on the as-of day, if any. */
    override?: string;
    renewed: boolean;
    downsell: boolean;
    /** Each signal's score on the as-of day (null without evidence). */
    signals: Readonly<Record<string, number | null>>;
}

/** Fewer renewed + churned accounts than this and the backtest says it cannot judge yet. */
export const MIN_OUTCOMES = 20;
