/**
 * Can a backtest of this org say how much a lost renewal should count? Only if the accounts
 * it judges had lost one before the as-of day. Counts, over every window, the judged accounts
 * (a renewal closing in the window) that already had a lost renewal on record, and how many of
 * those lost the next one too.
 */
import type { Day } from '../../engine/evidence';
import type { TrustModel } from '../../engine/model';
import { isClosedRenewal, renewalOutcome } from '../../records/backtest';
import { openFolder } from '../../batch/backtest/source';

export interface PriorChurn {
    /** Account-windows with an outcome (the backtest judges those that have a score). */
    withOutcome: number;
    /** Of those, the ones with a renewal lost on or before the as-of day. */
    withLostBefore: number;
    /** Of those, the ones that lost the renewal of the window too. */
    lostAgain: number;
}

export async function priorChurn(
    folder: string,
    model: TrustModel,
    days: readonly Day[],
    horizonDays: number
): Promise<PriorChurn> {
    const opened = await openFolder(folder, model);
    const out: PriorChurn = { withOutcome: 0, withLostBefore: 0, lostAgain: 0 };
    try {
        await opened.chunks.each(async (store) => {
            for (let i = 0; i < store.accounts; i++) {
                const { opportunities } = store.evidenceFor(i, new Set(['opportunities']));
                const lost = opportunities
                    .filter((o) => isClosedRenewal(o, model) && !o.isWon)
                    .map((o) => o.closeDate as Day);
                for (const day of days) {
                    const outcome = renewalOutcome(opportunities, model, day, horizonDays);
                    if (outcome === null) continue;
                    out.withOutcome++;
                    if (!lost.some((closed) => closed <= day)) continue;
                    out.withLostBefore++;
                    if (outcome.kind === 'churned') out.lostAgain++;
                }
            }
        });
        return out;
    } finally {
        opened.close();
    }
}
