/**
 * The receipt in words: each pillar, each signal, each piece of evidence with its impact.
 * Shared by the CLI's `explain` and anything else that shows a receipt as text.
 */
import { PILLAR_IDS, PILLAR_QUESTIONS } from './catalog';
import { scoredSignals } from './combine';
import { signalLabel } from './signalLabel';
import type { TrustModel } from './model';
import type { TrustResult } from './result';
import { nextBandLines } from './nextBand/words';
import { overrideLine, rollupLines } from './explainSections';

export interface ExplainOptions {
    /** Evidence lines per signal before "… and N more"; default 8. */
    evidencePerSignal?: number;
    asOf?: string;
}

const signed = (v: number): string => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}`;
const score = (v: number | null): string => (v === null ? 'no evidence' : `${v.toFixed(1)}/100`);

export function explainResult(result: TrustResult, model: TrustModel, options: ExplainOptions = {}): string {
    const per = options.evidencePerSignal ?? 8;
    const lines: string[] = [];
    const name = result.accountName ? `${result.accountName} (${result.accountId})` : result.accountId;
    lines.push(`Trust receipt for ${name}`);
    lines.push(`Model ${model.name} v${model.version}${options.asOf ? `, as of ${options.asOf}` : ''}`);
    lines.push('');
    // A parent's roll-up rests on the accounts below it, so it is told even without evidence of its own.
    const rollup = result.rollup ? [...rollupLines(result.rollup), ''] : [];
    if (result.score === null) {
        lines.push(
            'Score: none — there is no evidence for this account yet (not the same as an average 50).'
        );
        if (result.override) lines.push(overrideLine(result.override));
        if (rollup.length > 0) lines.push('', ...rollup);
        return lines.join('\n').trimEnd();
    }
    const band = result.provisional
        ? `provisional: too little evidence for a band (confidence below ${Math.round(model.minConfidence * 100)}%)`
        : (result.band ?? 'no band');
    lines.push(
        `Score: ${result.score.toFixed(1)} — ${band} (confidence ${Math.round(result.confidence * 100)}%)`
    );
    if (result.override) lines.push(overrideLine(result.override));
    lines.push('How it adds up: a neutral 50, plus what each signal contributes:');
    for (const d of result.drivers) lines.push(`  ${signed(d.impact).padStart(6)}  ${d.summary}`);
    lines.push('');
    if (result.nextBand) lines.push(...nextBandLines(result.nextBand), '');
    lines.push(...rollup);
    for (const p of PILLAR_IDS) {
        lines.push(
            `${p[0]?.toUpperCase()}${p.slice(1)} — "${PILLAR_QUESTIONS[p]}": ${score(result.pillars[p])}`
        );
        for (const setting of scoredSignals(model)) {
            const s = setting.id;
            const signal = result.signals[s];
            if (setting.pillar !== p || !signal) continue;
            const label = signalLabel(model, s);
            if (!setting.enabled || setting.weight <= 0) {
                lines.push(`  ${label}: switched off in this model`);
                continue;
            }
            const confidence =
                signal.score === null ? '' : `, confidence ${Math.round(signal.confidence * 100)}%`;
            lines.push(`  ${label}: ${score(signal.score)}${confidence} — ${signal.summary}`);
            const shown = signal.evidence.slice(0, per);
            for (const e of shown) {
                const ref = e.recordId ? ` [${e.object} ${e.recordId}]` : '';
                lines.push(`    ${signed(e.impact).padStart(6)}  ${e.summary}${ref}`);
            }
            if (signal.evidence.length > shown.length)
                lines.push(`            … and ${signal.evidence.length - shown.length} more`);
        }
        lines.push('');
    }
    return lines.join('\n').trimEnd();
}
