/**
 * The setup page's what-if: how a draft model would move the org's latest receipts, and
 * which draft changes stored signal scores cannot answer (they need the evidence again).
 */
import { SIGNAL_IDS, type SignalId } from '../engine/catalog';
import { isProvisional, type TrustModel } from '../engine/model';
import { scoreFromSignals } from '../engine/score';
import type { CustomSignalSetting } from '../engine/signals/customSetting';

export interface WhatIfRow {
    accountId: string;
    /** `provisional`: scored on too little evidence for a band (band null); absent means false. */
    before: { score: number | null; band: string | null; provisional?: boolean };
    after: { score: number | null; band: string | null; provisional?: boolean };
}

export interface WhatIfSummary {
    rows: WhatIfRow[];
    /** Band name → accounts, before and after, in the draft's band order (then any others). */
    bandsBefore: Record<string, number>;
    bandsAfter: Record<string, number>;
    changedBand: number;
    /** Accounts whose score is provisional (no band), before and after. */
    provisionalBefore: number;
    provisionalAfter: number;
    /** Largest absolute score moves first. */
    movers: WhatIfRow[];
}

/** A receipt's stored numbers as the what-if needs them. */
export interface ReceiptScores {
    accountId: string;
    score: number | null;
    band: string | null;
    /**
     * The stored confidence. The draft's minConfidence is applied to it as stored: re-weighting
     * moves confidence a little, which stored numbers cannot replay exactly.
     */
    confidence?: number | null;
    /** Stored Provisional__c; receipts written before it existed leave it out. */
    provisional?: boolean | null;
    signalScores: Readonly<Record<SignalId, number | null>>;
}

/** The key band counts use for accounts without a score. */
export const NO_SCORE_BAND = '(no score)';
/** The key band counts use for provisional accounts (scored, but on too little evidence). */
export const PROVISIONAL_BAND = '(provisional)';

/** A stored receipt without a band but with a score was provisional when it was written. */
function storedProvisional(r: ReceiptScores): boolean {
    return r.provisional === true || (r.provisional == null && r.score !== null && r.band === null);
}

/**
 * Re-weights stored receipts under `draft`. "Before" is each receipt as stored, so the
 * comparison is against what reps see today.
 */
export function whatIf(
    receipts: readonly ReceiptScores[],
    draft: TrustModel,
    moversLimit = 10,
    current?: TrustModel
): WhatIfSummary {
    const rows: WhatIfRow[] = receipts.map((r) => {
        const after = scoreFromSignals(r.signalScores, draft);
        const provisional =
            typeof r.confidence === 'number' && isProvisional(draft, after.score, r.confidence);
        return {
            accountId: r.accountId,
            before: { score: r.score, band: r.band, provisional: storedProvisional(r) },
            after: { score: after.score, band: provisional ? null : after.band, provisional }
        };
    });
    return summariseMoves(rows, draft, moversLimit, current);
}

/**
 * Band names of `current` read as the draft's: when the draft has as many bands, a band is
 * the same band at the same position, so renaming "Steady" to "Stable" moves no account.
 * When the draft adds or removes bands, names are compared as they are.
 */
function bandRenamer(
    current: TrustModel | undefined,
    draft: TrustModel
): (band: string | null) => string | null {
    if (!current || current.bands.length !== draft.bands.length) return (band) => band;
    const rename = new Map(current.bands.map((b, i) => [b.name, (draft.bands[i] as { name: string }).name]));
    return (band) => (band === null ? null : (rename.get(band) ?? band));
}

/**
 * Band counts before and after, how many accounts change band, and the biggest movers, for
 * any before/after pairs: re-weighted receipts, or a sample scored twice from evidence.
 * Pass the `current` model so a renamed band is not counted as a change of band.
 */
export function summariseMoves(
    rows: WhatIfRow[],
    draft: TrustModel,
    moversLimit = 10,
    current?: TrustModel
): WhatIfSummary {
    const asDraftBand = bandRenamer(current, draft);
    const bandsBefore: Record<string, number> = {};
    const bandsAfter: Record<string, number> = {};
    for (const b of draft.bands) {
        bandsBefore[b.name] = 0;
        bandsAfter[b.name] = 0;
    }
    let changedBand = 0;
    let provisionalBefore = 0;
    let provisionalAfter = 0;
    const key = (side: WhatIfRow['before'], band: string | null): string =>
        side.provisional === true ? PROVISIONAL_BAND : (band ?? NO_SCORE_BAND);
    for (const row of rows) {
        if (row.before.provisional === true) provisionalBefore += 1;
        if (row.after.provisional === true) provisionalAfter += 1;
        const before = key(row.before, asDraftBand(row.before.band));
        const after = key(row.after, row.after.band);
        bandsBefore[before] = (bandsBefore[before] ?? 0) + 1;
        bandsAfter[after] = (bandsAfter[after] ?? 0) + 1;
        if (before !== after) changedBand += 1;
    }
    const move = (r: WhatIfRow): number =>
        r.before.score === null || r.after.score === null
            ? r.before.score === r.after.score
                ? 0
                : Number.POSITIVE_INFINITY
            : Math.abs(r.after.score - r.before.score);
    const movers = rows
        .filter((r) => move(r) > 0)
        .sort((a, b) => move(b) - move(a) || (a.accountId < b.accountId ? -1 : 1))
        .slice(0, moversLimit);
    return { rows, bandsBefore, bandsAfter, changedBand, provisionalBefore, provisionalAfter, movers };
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Settings the draft changes that stored signal scores cannot answer: time decay, look-back,
 * loss aversion and data mappings change the signals themselves, and a signal switched on
 * has no stored score. The page recomputes a sample of accounts from evidence for these.
 * Returns the dotted paths of the changed settings (empty when re-weighting is exact).
 */
export function changesNeedingEvidence(current: TrustModel, draft: TrustModel): string[] {
    const out: string[] = [];
    if (current.halfLifeDays !== draft.halfLifeDays) out.push('halfLifeDays');
    if (current.lookBackDays !== draft.lookBackDays) out.push('lookBackDays');
    if (current.lossAversion !== draft.lossAversion) out.push('lossAversion');
    for (const key of Object.keys(draft.mappings) as (keyof TrustModel['mappings'])[]) {
        if (!sameJson(current.mappings[key], draft.mappings[key])) out.push(`mappings.${key}`);
    }
    for (const s of SIGNAL_IDS) {
        if (!current.signals[s].enabled && draft.signals[s].enabled) out.push(`signals.${s}.enabled`);
    }
    out.push(...customChangesNeedingEvidence(current, draft));
    return out;
}

/**
 * A custom signal's stored score answers only for its weight and pillar: one that is new,
 * switched on, or reads its records differently (object, fields, aggregate, scale, filter)
 * needs the evidence again.
 */
/** What of a custom signal decides its score (not how much it counts, nor its name). */
function readingOf(signal: CustomSignalSetting): unknown[] {
    const { object, accountField, dateField, valueField, aggregate, scale, filter } = signal;
    return [object, accountField, dateField, valueField, aggregate, scale, filter];
}

function customChangesNeedingEvidence(current: TrustModel, draft: TrustModel): string[] {
    const before = new Map((current.customSignals ?? []).map((c) => [c.id, c]));
    const out: string[] = [];
    (draft.customSignals ?? []).forEach((signal, i) => {
        const was = before.get(signal.id);
        if (!signal.enabled) return;
        if (!was) out.push(`customSignals[${i}]`);
        else if (!was.enabled) out.push(`customSignals[${i}].enabled`);
        else if (!sameJson(readingOf(signal), readingOf(was))) out.push(`customSignals[${i}]`);
    });
    return out;
}
