/**
 * Pure helpers of the what-if preview: reading a page of latest receipts, choosing the
 * accounts to recompute from evidence, and shaping results for the chart and the movers
 * table. The scoring itself is the engine's (`whatIf`, `scoreAccount`).
 */
import {
    NO_SCORE_BAND as NO_SCORE,
    PROVISIONAL_BAND as PROVISIONAL,
    storedReceipts,
    summariseMoves
} from 'c/trustEngine';

/** Accounts recomputed from their records when a change needs evidence. */
export const SAMPLE_SIZE = 20;

/** Movers listed, largest score change first. */
export const MOVERS_LIMIT = 10;

/**
 * One page of LATEST_RECEIPTS_QUERY (`data.uiapi.query`) → each account's latest stored
 * scores, how many accounts the page held and the org holds (`totalCount`, null when not
 * answered), and where the next page starts. Accounts whose receipt is not visible are skipped.
 */
export function receiptsFromPage(query) {
    const connection = query?.Account;
    const rows = [];
    for (const edge of connection?.edges ?? []) {
        const node = edge?.node;
        if (!node?.Id) continue;
        const receipt = storedReceipts(node.Trust_Scores__r)[0];
        if (!receipt) continue;
        rows.push({
            accountId: node.Id,
            accountName: node.Name?.value ?? node.Id,
            score: receipt.score,
            band: receipt.band,
            confidence: receipt.confidence,
            provisional: receipt.provisional,
            signalScores: receipt.signalScores,
            asOf: receipt.asOf
        });
    }
    const info = connection?.pageInfo;
    return {
        rows,
        accounts: connection?.edges?.length ?? 0,
        totalCount: typeof connection?.totalCount === 'number' ? connection.totalCount : null,
        hasNextPage: Boolean(info?.hasNextPage && info?.endCursor),
        endCursor: info?.endCursor ?? null
    };
}

/**
 * Up to `size` accounts spread evenly over the range of stored scores (lowest to highest),
 * so the sample shows what happens at every level, not just to the first accounts read.
 */
export function pickSample(rows, size = SAMPLE_SIZE) {
    const scored = rows
        .filter((r) => r.score !== null)
        .sort((a, b) => a.score - b.score || (a.accountId < b.accountId ? -1 : 1));
    if (scored.length <= size) return scored.map((r) => r.accountId);
    const picked = [];
    for (let i = 0; i < size; i++) {
        const index = Math.round((i * (scored.length - 1)) / (size - 1));
        picked.push(scored[index].accountId);
    }
    return picked;
}

/**
 * Band counts before and after, in the draft's band order then any other band seen, and
 * accounts without a score under `noScoreLabel` (provisional ones under `provisionalLabel`).
 * Bands empty on both sides stay, so the chart always shows every band of the draft.
 */
export function chartRows(bandsBefore, bandsAfter, noScoreLabel, provisionalLabel = PROVISIONAL) {
    const names = [...Object.keys(bandsAfter), ...Object.keys(bandsBefore)];
    const seen = new Set();
    const rows = [];
    for (const name of names) {
        if (seen.has(name)) continue;
        seen.add(name);
        const before = bandsBefore[name] ?? 0;
        const after = bandsAfter[name] ?? 0;
        if (name === NO_SCORE && before === 0 && after === 0) continue;
        const shown = name === NO_SCORE ? noScoreLabel : name === PROVISIONAL ? provisionalLabel : name;
        rows.push({ name: shown, before, after });
    }
    return rows;
}

const round1 = (value) => Math.round(value * 10) / 10;

/** Movers as the table shows them: name, scores, change and bands (c/trustMovers makes the link). */
export function moverRows(movers, names) {
    return movers.map((row) => ({
        accountId: row.accountId,
        name: names.get(row.accountId) ?? row.accountId,
        before: row.before.score,
        after: row.after.score,
        change:
            row.before.score === null || row.after.score === null
                ? null
                : round1(row.after.score - row.before.score),
        bandBefore: row.before.band,
        bandAfter: row.after.band
    }));
}

/**
 * The evidence sample's before/after (each a `scoreAccount` result under the current and
 * the draft model) summarised like the engine's `whatIf`: band counts, changed bands, movers.
 */
export function summariseSample(results, draft, moversLimit = MOVERS_LIMIT) {
    const rows = results.map((r) => ({
        accountId: r.accountId,
        before: { score: r.before.score, band: r.before.band, provisional: r.before.provisional === true },
        after: { score: r.after.score, band: r.after.band, provisional: r.after.provisional === true }
    }));
    return summariseMoves(rows, draft, moversLimit);
}
