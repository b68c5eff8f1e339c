/** The defaults study's output, as lines of plain text. Labels are seeds and folder names the user gave. */
import { SIGNAL_IDS } from '../../engine/catalog';
import type { TrustModel } from '../../engine/model';
import { weightKeys, weightLabel, weightsOf } from '../../batch/calibrate/weights';
import type { ArchetypeStudy } from './archetypes';
import type { OrgEvaluation, OrgGain } from './evaluate';
import type { StudyOrg } from './orgs';
import type { PriorChurn } from './priorChurn';
import { spreadOf, type Spread } from './stats';

const fixed = (n: number | null): string => (n === null ? '   —  ' : n.toFixed(4));
const signed = (n: number | null): string => (n === null ? '—' : `${n >= 0 ? '+' : ''}${n.toFixed(4)}`);
const spreadText = (s: Spread | null): string =>
    s === null
        ? '—'
        : `mean ${s.mean.toFixed(4)}, sd ${s.sd === null ? '—' : s.sd.toFixed(4)}, range ${s.min.toFixed(4)}–${s.max.toFixed(4)}`;
const named = (org: StudyOrg, heldOut: ReadonlySet<string>): string =>
    org.label + (heldOut.has(org.label) ? ' (held out)' : '');

/** The spread over generated orgs, then over the held-out ones among them. */
function spreadLines<T extends { org: StudyOrg }>(
    what: string,
    rows: readonly T[],
    value: (row: T) => number | null,
    heldOut: ReadonlySet<string>
): string[] {
    const generated = rows.filter((r) => r.org.generated !== null);
    const lines = [`generated orgs, ${what}: ${spreadText(spreadOf(generated.map(value)))}`];
    const held = generated.filter((r) => heldOut.has(r.org.label));
    if (held.length > 0) lines.push(`held-out orgs, ${what}: ${spreadText(spreadOf(held.map(value)))}`);
    return lines;
}

export function modelLines(
    title: string,
    evaluations: readonly OrgEvaluation[],
    heldOut: ReadonlySet<string>
): string[] {
    const lines = [
        '',
        title,
        'org                 windows  judged  churned  mean AUC  pooled AUC  window AUCs'
    ];
    for (const e of evaluations) {
        const judged = e.windows.reduce((s, w) => s + w.accounts, 0);
        const churned = e.windows.reduce((s, w) => s + w.churned, 0);
        lines.push(
            `${named(e.org, heldOut).padEnd(19)} ${String(e.windows.length).padStart(7)} ${String(judged).padStart(7)} ` +
                `${String(churned).padStart(8)}  ${fixed(e.meanAuc)}  ${fixed(e.pooledAuc).padStart(10)}  ` +
                e.windows.map((w) => (w.auc === null ? '—' : w.auc.toFixed(3))).join(' ')
        );
    }
    return [...lines, ...spreadLines('mean AUC', evaluations, (e) => e.meanAuc, heldOut)];
}

export function signalLines(evaluations: readonly OrgEvaluation[]): string[] {
    return [
        '',
        "Each signal's own AUC (mean over the windows where it could be judged)",
        `${'signal'.padEnd(22)} ${evaluations.map((e) => e.org.label.padStart(8)).join(' ')}`,
        ...SIGNAL_IDS.map(
            (id) => `${id.padEnd(22)} ${evaluations.map((e) => fixed(e.signals[id]).padStart(8)).join(' ')}`
        )
    ];
}

export function gainLines(gains: readonly OrgGain[], heldOut: ReadonlySet<string>): string[] {
    return [
        '',
        'Gain in mean AUC per org (second model minus first)',
        ...gains.map((g) => `${named(g.org, heldOut).padEnd(19)} ${signed(g.gain)}`),
        ...spreadLines('gain', gains, (g) => g.gain, heldOut)
    ];
}

export function priorChurnLines(rows: readonly { org: StudyOrg; churn: PriorChurn }[]): string[] {
    return [
        '',
        'Accounts with an outcome that had lost a renewal before the as-of day (all windows)',
        ...rows.map(
            ({ org, churn }) =>
                `${org.label.padEnd(12)} ${churn.withLostBefore} of ${churn.withOutcome} account-windows, ` +
                `${churn.lostAgain} of them lost the next renewal too`
        )
    ];
}

export function archetypeLines(org: StudyOrg, study: ArchetypeStudy): string[] {
    return [
        '',
        `${org.label}: ranking by the hidden archetype alone, mean AUC ${fixed(study.archetypeAuc)}`,
        'archetype     judged  churned  churn rate  mean score',
        ...study.rows.map(
            (r) =>
                `${r.archetype.padEnd(12)} ${String(r.judged).padStart(7)} ${String(r.churned).padStart(8)}  ` +
                `${(r.judged > 0 ? `${((100 * r.churned) / r.judged).toFixed(1)}%` : '—').padStart(10)}  ` +
                `${r.meanScore === null ? '—' : r.meanScore.toFixed(1)}`
        )
    ];
}

/** The weights that moved, in the order `calibrate` lists them. */
export function movedWeightLines(base: TrustModel, fitted: TrustModel): string[] {
    const keys = weightKeys(base);
    const from = weightsOf(base, keys);
    const to = weightsOf(fitted, keys);
    return [
        '',
        'Fitted weights that moved:',
        ...keys.flatMap((k, i) => (from[i] === to[i] ? [] : [`  ${weightLabel(k)}: ${from[i]} → ${to[i]}`]))
    ];
}
