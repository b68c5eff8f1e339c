/** Every sentence `backtest` and `calibrate` print, in one place. */

const n = (v: number): string => v.toLocaleString('en-US');
const pct = (v: number): string => `${Math.round(v * 100)}%`;
const s = (count: number, word: string): string => `${n(count)} ${word}${count === 1 ? '' : 's'}`;

export const backtestMessages = {
    heading: (model: string, version: number, horizon: number, newest: string | null) =>
        `Backtest of model ${model} v${version}: renewals closing within ${horizon} days of each as-of day` +
        (newest ? ` (newest record ${newest})` : ''),
    window: (asOf: string, until: string, incomplete: boolean) =>
        `As of ${asOf}, renewals until ${until}${incomplete ? ' (incomplete: the data ends before this window does)' : ''}`,
    judged: (accounts: number, renewed: number, downsells: number, churned: number, leftOut: number) =>
        `${s(accounts, 'account')} judged: ${n(renewed)} renewed${downsells > 0 ? ` (${n(downsells)} at a lower amount)` : ''}, ${n(churned)} churned; ${n(leftOut)} left out (no renewal closed in the window)`,
    unscored: (count: number) =>
        `${s(count, 'account')} with an outcome had no evidence yet on that day (no score)`,
    provisional: (count: number) => `${s(count, 'account')} had too little evidence for a band (provisional)`,
    auc: (auc: number) =>
        `AUC ${auc.toFixed(2)}: the score ranks a renewing account above a churning one ${pct(auc)} of the time` +
        (auc < 0.5 ? ' (worse than chance).' : auc === 0.5 ? ' (no better than chance).' : '.'),
    noAuc: (renewed: number) =>
        renewed === 0
            ? 'AUC cannot be computed: no account renewed in this window.'
            : 'AUC cannot be computed: no account churned in this window.',
    tooFew: (outcomes: number, needed: number) =>
        `Too few outcomes to judge: ${s(outcomes, 'renewal')} closed (at least ${needed} are needed to say whether the score predicts). Here is what there is.`,
    bandsHeading: (base: number | null) =>
        `Churn rate by band${base === null ? '' : ` (base rate ${pct(base)})`}:`,
    bandLine: (label: string, bar: string, rate: number | null, churned: number, accounts: number) =>
        `${label}  ${bar}  ${rate === null ? '  —' : pct(rate).padStart(4)}  ${n(churned).padStart(4)} of ${n(accounts)}`,
    lift: (lift: number) => `  ${lift.toFixed(1)}× the base rate`,
    provisionalBand: 'Provisional',
    decilesHeading: 'Renewal rate by score decile (1 = lowest scores):',
    decileLine: (decile: number, min: number, max: number, accounts: number, rate: number) =>
        `${String(decile).padStart(2)}  scores ${min.toFixed(1).padStart(5)}–${max.toFixed(1).padEnd(5)}  ${s(accounts, 'account').padStart(12)}  renewed ${pct(rate).padStart(4)}`,
    signalsHeading: 'Each signal alone (AUC over the judged accounts where it has evidence):',
    signalLine: (label: string, auc: number | null, accounts: number) =>
        `${label}  ${auc === null ? '   —' : auc.toFixed(2)}  (${s(accounts, 'account')})`,
    overall: (windows: number, accounts: number, renewed: number, churned: number) =>
        `All ${s(windows, 'window')} together: ${s(accounts, 'account')} judged, ${n(renewed)} renewed, ${n(churned)} churned.`,
    lowestBand: (band: string, rate: number, lift: number | null) =>
        `${band}: ${pct(rate)} churned${lift === null ? '' : `, ${lift.toFixed(1)}× the base rate`}.`,
    incompleteWarning: (asOf: string, until: string, newest: string) =>
        `warning: the window after ${asOf} runs until ${until}, past the newest record (${newest}); renewals not yet closed are missing from it`,
    overrides: (accounts: number, churned: number) =>
        `Overridden accounts: ${s(accounts, 'account')}, ${n(churned)} churned.`,
    overridesCloser: (
        closerTo: 'override' | 'computed' | 'same',
        overrideError: number,
        computedError: number
    ) =>
        `They renewed ${closerTo === 'same' ? 'as much like their override band as like their computed band' : `more like their ${closerTo} band`} (mean squared gap to the band's churn rate: override ${overrideError.toFixed(3)}, computed ${computedError.toFixed(3)}).`,
    overridesNotCompared:
        'Not comparable: their bands have no accounts without an override to measure churn on.',
    stored: (version: number, id: string) => `stored the backtest on model version ${version} (${id})`,
    storedModel: (name: string, version: number, id: string) =>
        `stored the backtest of the accounts model ${name} v${version} scores on its version (${id})`,
    byModelHeading: 'By model (the accounts each one scores, every window together):',
    byModelLine: (
        model: string,
        version: number,
        segment: string | null,
        accounts: number,
        churned: number,
        auc: number | null
    ) =>
        `  ${model} v${version} (${segment ?? 'every account no segment holds'}): ${s(accounts, 'account')} judged, ${n(churned)} churned, AUC ${auc === null ? '—' : auc.toFixed(2)}`,
    segment: (field: string, values: readonly string[]) => `segment ${field}: ${values.join(', ')}`
};

export const calibrateMessages = {
    tooFew: (outcomes: number, churned: number, needed: number, each: number) =>
        `Too few outcomes to learn weights from: ${s(outcomes, 'renewal')} closed in these windows, ${n(churned)} of them lost (at least ${needed} in all, and ${each} renewed and ${each} lost, are needed). No model written.`,
    noGain: (base: number, learnt: number, noise: number) =>
        `The learnt weights rank renewals no better out of sample than the base model: cross-validated AUC ${learnt.toFixed(3)} against ${base.toFixed(3)}, a gain within the folds' noise (±${noise.toFixed(3)}). No model written.`,
    heading: (windows: number, outcomes: number, churned: number, folds: number) =>
        `Learnt from ${s(windows, 'window')}: ${s(outcomes, 'renewal')} closed, ${n(churned)} lost; ${folds}-fold cross-validation across accounts.`,
    cvLine: (what: string, base: number | null, learnt: number | null) =>
        `${what}: AUC ${base === null ? '—' : base.toFixed(3)} with the base weights, ${learnt === null ? '—' : learnt.toFixed(3)} with the learnt ones`,
    acrossAccounts: 'Across accounts',
    acrossTime: 'Across time (each window predicted from the earlier ones)',
    gain: (base: number, learnt: number, noise: number) =>
        `Out of sample, all folds together: AUC ${base.toFixed(3)} → ${learnt.toFixed(3)}, a gain above the folds' noise (±${noise.toFixed(3)}).`,
    movedHeading: 'Weights that moved most:',
    moved: (what: string, from: number, to: number) => `  ${what}: ${from} → ${to}`,
    wrote: (file: string) =>
        `wrote ${file} (not active: \`trust-ledger model push\` makes it the org's model)`
};
