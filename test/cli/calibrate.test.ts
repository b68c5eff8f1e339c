/** `trust-ledger calibrate` as a user runs it: plain answers, a file only when it is worth it. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, SMALL_ORG } from '../support/cli';

describe('trust-ledger calibrate', () => {
    let dir: string;
    beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-calibrate-'))));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('says plainly when there are too few outcomes, writes no file and exits 0', () => {
        const out = path.join(dir, 'learnt.json');
        const run = cli([
            'calibrate',
            '--from',
            SMALL_ORG,
            '--as-of',
            '2025-06-30',
            '--horizon-days',
            '365',
            '--out',
            out,
            '--quiet'
        ]);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(
            /^Too few outcomes to learn weights from: \d+ renewals? closed .* No model written\.\n$/
        );
        expect(existsSync(out)).toBe(false);
    });

    it.each([
        [['--as-of', '2025-06-30', '--horizon-days', '365'], /calibrate needs --out <model.json>/],
        [['--as-of', '2025-06-30', '--horizon-days', '0', '--out', 'x.json'], /--horizon-days: "0"/],
        [['--horizon-days', '365', '--out', 'x.json'], /calibrate needs --as-of/]
    ])('refuses %j with exit 2 naming the flag', (args, message) => {
        const run = cli(['calibrate', '--from', SMALL_ORG, ...args]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(message);
    });
});
