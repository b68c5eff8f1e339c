/**
 * The run's tallies for its summary: accounts per band and the biggest movers since their
 * last score. A sink like the others, so a run stopped half-way still reports what it scored.
 */
import type { TrustModel } from '../../engine/model';
import { PROVISIONAL_LABEL } from '../output/formats';
import type { ScoredAccount, ScoreSink } from './scoreStep';

export const NOT_SCORED = 'not scored';

export interface Mover {
    accountId: string;
    accountName: string | null;
    previous: number;
    score: number;
}

export class RunTally implements ScoreSink {
    /** It counts bands and moves: no evidence item, no next band. */
    readonly scoresOnly = true;
    scored = 0;
    private readonly counts: Record<string, number> = {};
    private readonly moved: Mover[] = [];

    async add({ result, previous }: ScoredAccount): Promise<void> {
        this.scored++;
        // A provisional score is scored but has no band: counted apart, never as unscored.
        const band = result.provisional ? PROVISIONAL_LABEL : (result.band ?? NOT_SCORED);
        this.counts[band] = (this.counts[band] ?? 0) + 1;
        if (previous !== null && result.score !== null)
            this.moved.push({
                accountId: result.accountId,
                accountName: result.accountName,
                previous,
                score: result.score
            });
    }

    async finish(): Promise<void> {}

    /**
     * Bands in the model's order, lowest first; then bands only other models have (models per
     * segment may name theirs differently), as first counted; then the accounts without a band.
     */
    bands(model: TrustModel): Record<string, number> {
        const ordered: Record<string, number> = {};
        const own = model.bands.map((b) => b.name);
        const unbanded = [PROVISIONAL_LABEL, NOT_SCORED];
        const others = Object.keys(this.counts).filter((b) => !own.includes(b) && !unbanded.includes(b));
        for (const band of [...own, ...others, ...unbanded]) {
            const count = this.counts[band];
            if (count) ordered[band] = count;
        }
        return ordered;
    }

    /** The largest changes either way, ties by account Id. */
    movers(limit = 5): Mover[] {
        return [...this.moved]
            .sort(
                (a, b) =>
                    Math.abs(b.score - b.previous) - Math.abs(a.score - a.previous) ||
                    (a.accountId < b.accountId ? -1 : 1)
            )
            .slice(0, limit);
    }
}
