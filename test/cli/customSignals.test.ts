/**
 * `score --model` with a custom signal over an export folder: the signal appears under the
 * account's signals like a catalog one, and a missing file of its object is bad input (exit 2)
 * naming the file and the signal.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { cli, REPO, scratchCopy } from '../support/cli';
import { USAGE_SIGNAL } from '../support/customSignals';

function writeModel(dir: string): string {
    const model = JSON.parse(readFileSync(path.join(REPO, 'config', 'default-model.json'), 'utf8')) as object;
    const file = path.join(dir, 'usage-model.json');
    writeFileSync(file, JSON.stringify({ ...model, name: 'Usage', customSignals: [USAGE_SIGNAL] }));
    return file;
}

describe('score with a custom signal', () => {
    it('lists the custom signal under its account, with evidence traced to its records', () => {
        const scratch = scratchCopy();
        try {
            writeFileSync(
                path.join(scratch.dir, 'Product_Usage__c.csv'),
                'Id,Account__c,Week__c,Active_Users__c,Type__c\n' +
                    'a00000000000001AAA,001000000000001AAA,2026-06-22,70,Seats\n' +
                    'a00000000000002AAA,001000000000001AAA,2026-06-29,90,Seats\n' +
                    'a00000000000003AAA,001000000000001AAA,2026-06-29,5,API\n'
            );
            const model = writeModel(scratch.dir);
            const score = (format: string) =>
                cli([
                    'score',
                    '--from',
                    scratch.dir,
                    '--as-of',
                    '2026-06-30',
                    '--model',
                    model,
                    '--format',
                    format
                ]);
            const run = score('json');
            expect(run.stderr).not.toMatch(/^trust-ledger:/m);
            expect(run.status).toBe(0);
            const [first, second] = (
                JSON.parse(run.stdout) as { accounts: { signals: Record<string, unknown> }[] }
            ).accounts;
            expect(first?.signals.productUsage).toMatchObject({
                pillar: 'capability',
                score: expect.any(Number),
                evidence: [
                    expect.objectContaining({ recordId: 'a00000000000002AAA', object: 'Product_Usage__c' }),
                    expect.objectContaining({ recordId: 'a00000000000001AAA', object: 'Product_Usage__c' })
                ]
            });
            expect(second?.signals.productUsage).toMatchObject({ score: null, evidence: [] });

            // The CSV has the signal's column and the model of each row after every earlier column.
            const csv = score('csv');
            expect(csv.status).toBe(0);
            const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
            const header = csv.stdout.slice(0, csv.stdout.indexOf('\n')).split(',');
            expect(header.slice(-3)).toEqual(['Model', 'ModelVersion', 'productUsage']);
            const usage = (first?.signals.productUsage as { score: number }).score;
            expect(rows[0]).toMatchObject({
                AccountId: '001000000000001AAA',
                Model: 'Usage',
                productUsage: String(usage)
            });
            expect(rows[1]).toMatchObject({ Model: 'Usage', productUsage: '' });
        } finally {
            scratch.cleanup();
        }
    });

    it('refuses an export without the file the custom signal reads (exit 2)', () => {
        const scratch = scratchCopy();
        try {
            const run = cli(['score', '--from', scratch.dir, '--model', writeModel(scratch.dir)]);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(
                'Product_Usage__c.csv: file not found: the custom signal "productUsage" reads Product_Usage__c from it'
            );
        } finally {
            scratch.cleanup();
        }
    });
});
