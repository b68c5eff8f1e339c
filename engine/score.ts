/**
 * Combines signals into pillars and the score, and explains the result.
 *
 * Each pillar is the weighted mean of its signals that have evidence; the score is the
 * weighted mean of the pillars that have evidence. Signals without evidence drop out and the
 * remaining weights are renormalised (no evidence is not average). Because everything is a
 * weighted mean, the score decomposes exactly: score = 50 + Σ drivers' impacts, and each
 * driver's impact is the sum of its evidence items' impacts.
 */
import { PILLAR_IDS, type PillarId, type SignalId } from './catalog';
import type { AccountEvidence, CustomRecord, Day } from './evidence';
import { assertFiniteCombination, assertFiniteResult } from './finite';
import { bandFor, isProvisional, type TrustModel } from './model';
import type { OrgBaselines } from './baselines';
import type { Driver, EvidenceItem, TrustResult } from './result';
import { evaluationTime, modelIndex, type SignalContext, type SignalOutcome } from './signals/common';
import {
    allSignalsMask,
    confidenceOf,
    effectiveWeightsFor,
    rawScore,
    scoredSignalIds,
    scoredSignals,
    sharesOf,
    signalOutcomes
} from './combine';
import { signalLabel } from './signalLabel';
import { findNextBand } from './nextBand/search';
import { driverRecordIds, driverRecordIdsAt, orderByImpact, sortByImpact } from './evidenceOrder';
import { evidenceOf } from './itemList';
import { RecordMemo } from './signals/recordMemo';

export { CONFIDENCE_SCALE } from './combine';
import { withOverride } from './override';

export interface ScoreOptions {
    /**
     * Keep at most this many evidence items per signal (largest impacts first); default all.
     * 0 keeps none, for a run whose outputs show no items: the drivers still name their records,
     * and a custom signal then makes no item at all (itemList.ts).
     */
    maxEvidencePerSignal?: number;
    /**
     * Add the path to the next band (default true): on an account with a band below the top
     * one, reusing this scoring's signal outcomes. A replay that only needs the numbers (the
     * backtest) turns it off.
     */
    nextBand?: boolean;
    /**
     * Name the records behind each driver (default true). A run whose outputs show only
     * numbers and words (the CSV, the table, the roll-ups) turns it off together with
     * `maxEvidencePerSignal: 0` and `nextBand: false`: nothing then reads a record's impact,
     * so a signal may leave its items out (a custom signal then works out none) and every
     * driver's `recordIds` is empty. Scores, confidences, summaries and drivers' impacts are
     * the same either way.
     */
    driverRecords?: boolean;
    /**
     * The custom signals' outcomes worked out beforehand for this account by
     * `customSignalNumbers` (customNumbers.ts) with the same model and day, say on another
     * thread: they are used as they are, and the evidence's custom rows are not read. Only for
     * a scoring that reads no record's impact (`driverRecords: false`, `maxEvidencePerSignal: 0`,
     * `nextBand: false`), since they carry no items.
     */
    customOutcomes?: Readonly<Record<string, SignalOutcome>>;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

const round2 = (v: number): number => Math.round(v * 100) / 100;

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sorted copy by id; exports are usually in id order already, so check before sorting. */
function sortedById<T extends { id: string }>(list: T[]): T[] {
    for (let i = 1; i < list.length; i++) {
        if ((list[i - 1] as T).id > (list[i] as T).id) return list.slice().sort(byId);
    }
    return list;
}

/**
 * The same records in a fixed order (by id), so the sums inside every signal run in the same
 * order whichever source listed them — CSV export, jsforce or GraphQL — and floating-point
 * results are bit-identical across runtimes.
 */
export function canonical(e: AccountEvidence): AccountEvidence {
    return {
        account: e.account,
        opportunities: sortedById(e.opportunities),
        opportunityHistory: sortedById(e.opportunityHistory),
        cases: sortedById(e.cases),
        caseMilestones: sortedById(e.caseMilestones),
        contracts: sortedById(e.contracts),
        commitments: sortedById(e.commitments),
        references: sortedById(e.references),
        overrides: sortedById(e.overrides),
        // Only when there are custom rows, so evidence without them keeps its shape.
        ...(e.custom ? { custom: canonicalCustom(e.custom) } : {})
    };
}

export function canonicalCustom(
    custom: NonNullable<AccountEvidence['custom']>
): NonNullable<AccountEvidence['custom']> {
    const out: Record<string, readonly CustomRecord[]> = {};
    // sortedById copies before sorting, never sorts the caller's list in place. Exports list
    // each account's rows in id order, so usually every list comes back as it was, and so
    // can the whole map: no copy per account.
    let same = true;
    for (const object of Object.keys(custom)) {
        const rows = (custom[object] ?? []) as CustomRecord[];
        const sorted = sortedById(rows);
        if (sorted !== rows || custom[object] === undefined) same = false;
        out[object] = sorted;
    }
    return same ? custom : out;
}

/**
 * The score, band and pillars that stored signal scores give under a model: the what-if of
 * the setup page, which re-weights the org's latest receipts without reading evidence
 * again. It combines exactly as {@link scoreAccount} does; the only difference is that the
 * stored signal scores were rounded to one decimal.
 */
export function scoreFromSignals(
    signalScores: Readonly<Record<SignalId, number | null>> & Readonly<Record<string, number | null>>,
    model: TrustModel
): { score: number | null; band: string | null; pillars: Record<PillarId, number | null> } {
    const list = scoredSignals(model);
    // A custom signal a receipt predates has no stored score: it is left out, like no evidence.
    const stored = (id: string): number | null => signalScores[id] ?? null;
    let mask = 0;
    list.forEach((s, i) => {
        if (s.enabled && stored(s.id) !== null) mask |= 1 << i;
    });
    const shares = effectiveWeightsFor(model, mask);
    const pillars = {} as Record<PillarId, number | null>;
    for (const p of PILLAR_IDS) {
        let sum = 0;
        let weight = 0;
        for (const s of list) {
            const value = stored(s.id);
            if (s.pillar !== p || !s.enabled || s.weight <= 0 || value === null) continue;
            sum += s.weight * value;
            weight += s.weight;
        }
        pillars[p] = weight > 0 ? round1(sum / weight) : null;
    }
    let score: number | null = null;
    if (shares.size > 0) {
        let raw = 0;
        for (const [s, share] of shares) raw += share * (stored(s) as number);
        score = round1(raw);
    }
    assertFiniteCombination('(stored signal scores)', { score, pillars });
    return { score, band: bandFor(model, score), pillars };
}

/**
 * Scores one account. Pure and deterministic: the same evidence, model, baselines and
 * `asOf` day always give the same result, in Node and in the browser.
 */
export function scoreAccount(
    input: AccountEvidence,
    model: TrustModel,
    baselines: OrgBaselines,
    asOf: Day,
    options: ScoreOptions = {}
): TrustResult {
    const evidence = canonical(input);
    const nextBand = options.nextBand !== false;
    const limit = options.maxEvidencePerSignal ?? Number.POSITIVE_INFINITY;
    // Whether anything reads a record's impact: items kept, drivers' records, the next band.
    const perRecord = nextBand || limit > 0 || options.driverRecords !== false;
    if (options.customOutcomes && perRecord)
        throw new Error(
            'scoreAccount: customOutcomes carry no items, so they need a scoring that reads none (driverRecords: false, maxEvidencePerSignal: 0, nextBand: false)'
        );
    const ctx: SignalContext = {
        model,
        baselines,
        time: evaluationTime(model, asOf),
        index: modelIndex(model),
        // The path to the next band re-scores this account with a few records changed: what
        // this scoring computes per record is kept for it (see recordMemo.ts).
        memo: nextBand ? new RecordMemo() : undefined,
        perRecord
    };
    const list = scoredSignals(model);
    const outcomes = signalOutcomes(evidence, ctx, scoredSignalIds(model), undefined, options.customOutcomes);
    const shares = sharesOf(outcomes, model);
    const nominal = effectiveWeightsFor(model, allSignalsMask(model));

    // Pillars: weighted mean of their signals with evidence.
    const pillars = {} as Record<PillarId, number | null>;
    for (const p of PILLAR_IDS) {
        let sum = 0;
        let weight = 0;
        for (const setting of list) {
            if (setting.pillar !== p || !setting.enabled || setting.weight <= 0) continue;
            const score = (outcomes[setting.id] as SignalOutcome).score;
            if (score === null) continue;
            sum += setting.weight * score;
            weight += setting.weight;
        }
        pillars[p] = weight > 0 ? round1(sum / weight) : null;
    }

    const raw = rawScore(outcomes, shares);
    const confidence = round2(confidenceOf(outcomes, nominal));

    const signals = {} as TrustResult['signals'];
    const drivers: Driver[] = [];
    for (const { id: s, pillar } of list) {
        const outcome = outcomes[s] as SignalOutcome;
        const share = shares.get(s) ?? 0;
        const score = outcome.score === null ? null : round1(outcome.score);
        const confidence = round2(outcome.confidence);
        const summary = outcome.summary;
        // A driver names the records pulling the score its way, largest first.
        const impact = outcome.score !== null && share > 0 ? share * (outcome.score - 50) : null;
        const direction = impact === null ? 0 : Math.sign(impact);
        let recordIds: string[] = [];
        const itemList = outcome.list;
        if (!perRecord) {
            // Nothing reads a record's impact (no items kept, no records named): none is worked out.
            signals[s] = { pillar, score, confidence, summary, evidence: [] };
        } else if (itemList) {
            // Ordered from the numbers; only the items kept are made (itemList.ts).
            const impacts = itemList.impacts.map((i) => round2(i * share));
            const kept = limit > 0 ? orderByImpact(impacts, itemList.recordIds) : [];
            signals[s] = {
                pillar,
                score,
                confidence,
                summary,
                evidence: evidenceOf(itemList, kept.length > limit ? kept.slice(0, limit) : kept, impacts)
            };
            if (impact !== null) recordIds = driverRecordIdsAt(impacts, itemList.recordIds, direction, 3);
        } else {
            const evidenceItems: EvidenceItem[] = outcome.items.map((item) => ({
                recordId: item.recordId,
                object: item.object,
                summary: item.summary,
                impact: round2(item.impact * share)
            }));
            sortByImpact(evidenceItems);
            const kept = evidenceItems.length > limit ? evidenceItems.slice(0, limit) : evidenceItems;
            signals[s] = { pillar, score, confidence, summary, evidence: kept };
            if (impact !== null) recordIds = driverRecordIds(evidenceItems, direction, 3);
        }
        if (impact !== null) {
            drivers.push({
                signal: s,
                pillar,
                impact: round2(impact),
                summary: `${signalLabel(model, s)} ${round1(outcome.score as number)}/100: ${summary}`,
                recordIds
            });
        }
    }
    drivers.sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact) || (a.signal < b.signal ? -1 : 1));

    const score = raw === null ? null : round1(raw);
    const provisional = isProvisional(model, score, confidence);
    const result = assertFiniteResult({
        accountId: evidence.account.id,
        accountName: evidence.account.name,
        score,
        band: provisional ? null : bandFor(model, score),
        confidence,
        provisional,
        pillars,
        signals,
        drivers
    });
    const path = nextBand ? findNextBand(evidence, ctx, outcomes, result) : undefined;
    if (path) result.nextBand = path;
    // The next band is the computed band's; an override in force only changes the band reported.
    const final = withOverride(result, evidence.overrides, model, asOf);
    // Which model scored it: with models per segment (modelSet.ts) accounts differ.
    final.model = { name: model.name, version: model.version };
    return final;
}
