import { defaultModel } from '../../../engine/model';
import type { TrustResult } from '../../../engine/result';
import { scoreAccount } from '../../../engine/score';
import { computeBaselines } from '../../../engine/baselines';
import { PROVISIONAL_LABEL } from '../../output/formats';
import { NOT_SCORED, RunTally } from '../tally';
import { AS_OF_DAY, loadDemo, scored } from './demoStore';

const model = defaultModel();
let base: TrustResult;
beforeAll(async () => {
    const store = await loadDemo(model);
    base = scoreAccount(
        store.evidenceFor(0),
        model,
        computeBaselines(store.allEvidence(), model, AS_OF_DAY),
        AS_OF_DAY
    );
});

const result = (
    accountId: string,
    score: number | null,
    band: string | null,
    provisional = false
): TrustResult => ({
    ...base,
    accountId,
    accountName: `Account ${accountId}`,
    score,
    band,
    provisional
});

describe('the run tally', () => {
    it("counts bands in the model's order, lowest first, then provisional and unscored accounts", async () => {
        const tally = new RunTally();
        const results = [
            result('001A', 85, 'Trusted'),
            result('001B', null, null),
            result('001C', 30, 'At Risk'),
            result('001D', 45, null, true),
            result('001E', 90, 'Trusted')
        ];
        for (const [i, r] of results.entries()) await tally.add(scored(r, i));
        expect(tally.scored).toBe(5);
        const bands = tally.bands(model);
        expect(bands).toEqual({ 'At Risk': 1, Trusted: 2, [PROVISIONAL_LABEL]: 1, [NOT_SCORED]: 1 });
        expect(Object.keys(bands)).toEqual(['At Risk', 'Trusted', PROVISIONAL_LABEL, NOT_SCORED]);
    });

    it("counts the bands only a segment's model names too, after the default model's", async () => {
        const tally = new RunTally();
        const results = [
            result('001A', 85, 'Hot'),
            result('001B', 30, 'At Risk'),
            result('001C', 45, null, true),
            result('001D', 20, 'Cold')
        ];
        for (const [i, r] of results.entries()) await tally.add(scored(r, i));
        const bands = tally.bands(model);
        expect(Object.entries(bands)).toEqual([
            ['At Risk', 1],
            ['Hot', 1],
            ['Cold', 1],
            [PROVISIONAL_LABEL, 1]
        ]);
    });

    it('keeps the five largest moves either way, ties broken by account Id, and only accounts scored before', async () => {
        const tally = new RunTally();
        const moves: [string, number | null, number | null][] = [
            ['001F', 50, 60],
            ['001A', 70, 40],
            ['001B', 40, 70],
            ['001C', 10, 12],
            ['001D', 55, 50],
            ['001E', 20, 44],
            ['001G', null, 80],
            ['001H', 80, null]
        ];
        for (const [i, [id, previous, score]] of moves.entries())
            await tally.add(scored(result(id, score, score === null ? null : 'Steady'), i, previous));
        expect(tally.movers().map((m) => [m.accountId, m.previous, m.score])).toEqual([
            ['001A', 70, 40],
            ['001B', 40, 70],
            ['001E', 20, 44],
            ['001F', 50, 60],
            ['001D', 55, 50]
        ]);
        expect(tally.movers()[0]?.accountName).toBe('Account 001A');
    });
});
