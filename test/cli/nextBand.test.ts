/**
 * The path to the next band through the command: `score --format json` carries `nextBand` on
 * the accounts below the top band (and only there), `explain` shows the same steps in words.
 */
import path from 'node:path';
import { cli, REPO } from '../support/cli';

interface Account {
    accountId: string;
    band: string | null;
    provisional: boolean;
    nextBand?: {
        band: string;
        reaches: boolean;
        steps: { action: string; recordIds: string[]; points: number }[];
    };
}

const DEMO = path.join(REPO, 'data', 'demo');
const AS_OF = '2026-06-30';
const BANDS = ['At Risk', 'Fragile', 'Steady', 'Trusted'];

describe('score and explain: the path to the next band', () => {
    let accounts: Account[];
    beforeAll(() => {
        const run = cli(['score', '--from', DEMO, '--as-of', AS_OF, '--format', 'json']);
        expect(run.status).toBe(0);
        accounts = (JSON.parse(run.stdout) as { accounts: Account[] }).accounts;
    });

    it('is on every banded account below the top band, naming the band above, and nowhere else', () => {
        for (const a of accounts) {
            const below = a.band !== null && a.band !== 'Trusted';
            expect('nextBand' in a).toBe(below);
            if (a.nextBand) expect(a.nextBand.band).toBe(BANDS[BANDS.indexOf(a.band as string) + 1]);
        }
        expect(accounts.some((a) => (a.nextBand?.steps.length ?? 0) > 0)).toBe(true);
    });

    it('explain shows the same steps as the JSON', () => {
        const account = accounts.find((a) => (a.nextBand?.steps.length ?? 0) > 0) as Account;
        const run = cli(['explain', account.accountId, '--from', DEMO, '--as-of', AS_OF]);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain(`To reach ${account.nextBand?.band}:`);
        for (const step of account.nextBand?.steps ?? [])
            expect(run.stdout).toContain(`+${step.points.toFixed(1)}  `);
        for (const id of account.nextBand?.steps.flatMap((s) => s.recordIds) ?? [])
            expect(run.stdout).toContain(id);
    });
});
