/**
 * `local-org start --data <folder>` serves that folder's org: each export folder has its own
 * store, so starting with folder B after folder A serves only B's records (before, B's files
 * were imported on top of A's store and the org served both orgs merged), and starting with A
 * again serves A's records with what was written to them. The ready line says what is served.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { id, scratchDir, writeExport } from './helpers';
import { query, rest, running, startCli } from './startCli';

jest.setTimeout(120_000);

const names = (rows: Array<Record<string, unknown>>): unknown[] => rows.map((r) => r.Name).sort();

describe('one local org store per --data folder', () => {
    it('serves only the folder given, and the first folder again with its writes', async () => {
        const cwd = scratchDir();
        const a = scratchDir();
        const b = scratchDir();
        try {
            writeExport(a.dir, {
                Account: [
                    { Id: id('001', 1), Name: 'Alpha One' },
                    { Id: id('001', 2), Name: 'Alpha Two' }
                ],
                Trust_Commitment__c: [
                    { Id: id('a0A', 1), Name: 'Kickoff', Account__c: id('001', 1), Status__c: 'Open' }
                ]
            });
            writeExport(b.dir, { Account: [{ Id: id('001', 7), Name: 'Bravo' }] });

            const first = running(await startCli(cwd.dir, ['--data', a.dir]));
            try {
                expect(first.ready).toMatchObject({ data: realpathSync(a.dir), imported: true });
                expect(names(await query(first.ready, 'SELECT Name FROM Account'))).toEqual([
                    'Alpha One',
                    'Alpha Two'
                ]);
                const saved = await rest(first.ready, 'PATCH', '/composite/sobjects/Trust_Score__c/Key__c', {
                    records: [
                        {
                            attributes: { type: 'Trust_Score__c' },
                            Key__c: `${id('001', 1)}:2026-06-30`,
                            Account__c: id('001', 1),
                            As_Of__c: '2026-06-30',
                            Score__c: 61
                        }
                    ]
                });
                expect(saved.status).toBe(200);
                const updated = await rest(first.ready, 'PATCH', `/sobjects/Account/${id('001', 1)}`, {
                    Current_Trust_Score__c: 61
                });
                expect(updated.status).toBe(204);
            } finally {
                expect(await first.stop()).toBe(0);
            }

            const second = running(await startCli(cwd.dir, ['--data', b.dir]));
            try {
                expect(second.ready).toMatchObject({ data: realpathSync(b.dir), imported: true });
                expect(second.ready.store).not.toBe(first.ready.store);
                expect(names(await query(second.ready, 'SELECT Name FROM Account'))).toEqual(['Bravo']);
                expect(await query(second.ready, 'SELECT Id FROM Trust_Commitment__c')).toEqual([]);
                expect(await query(second.ready, 'SELECT Id FROM Trust_Score__c')).toEqual([]);
                expect(second.stderr()).toContain(`Serving ${realpathSync(b.dir)}, imported just now.`);
            } finally {
                expect(await second.stop()).toBe(0);
            }

            const again = running(await startCli(cwd.dir, ['--data', a.dir]));
            try {
                expect(again.ready).toMatchObject({
                    store: first.ready.store,
                    data: realpathSync(a.dir),
                    importedAt: first.ready.importedAt,
                    imported: false
                });
                expect(names(await query(again.ready, 'SELECT Name FROM Account'))).toEqual([
                    'Alpha One',
                    'Alpha Two'
                ]);
                expect(await query(again.ready, 'SELECT Name FROM Trust_Commitment__c')).toHaveLength(1);
                expect(await query(again.ready, 'SELECT Score__c FROM Trust_Score__c')).toEqual([
                    expect.objectContaining({ Score__c: 61 })
                ]);
                expect(
                    await query(
                        again.ready,
                        `SELECT Current_Trust_Score__c FROM Account WHERE Id = '${id('001', 1)}'`
                    )
                ).toEqual([expect.objectContaining({ Current_Trust_Score__c: 61 })]);
                expect(again.stderr()).toContain(
                    `Serving ${realpathSync(a.dir)} as imported on ${first.ready.importedAt ?? ''}: its files are unchanged`
                );
            } finally {
                expect(await again.stop()).toBe(0);
            }
            // The stores live under the working folder's .localorg/, one per export folder.
            expect(path.dirname(first.ready.store)).toBe(
                path.join(realpathSync(cwd.dir), '.localorg', 'stores')
            );
        } finally {
            cwd.cleanup();
            a.cleanup();
            b.cleanup();
        }
    });

    it('imports a folder again when its files changed, or with --reimport', async () => {
        const cwd = scratchDir();
        const a = scratchDir();
        try {
            writeExport(a.dir, { Account: [{ Id: id('001', 1), Name: 'Before' }] });
            const first = running(await startCli(cwd.dir, ['--data', a.dir]));
            await first.stop();
            writeExport(a.dir, { Account: [{ Id: id('001', 1), Name: 'After, renamed' }] });
            const changed = running(await startCli(cwd.dir, ['--data', a.dir]));
            try {
                expect(changed.ready.imported).toBe(true);
                expect(names(await query(changed.ready, 'SELECT Name FROM Account'))).toEqual([
                    'After, renamed'
                ]);
                await rest(changed.ready, 'PATCH', `/sobjects/Account/${id('001', 1)}`, {
                    Name: 'Edited here'
                });
            } finally {
                await changed.stop();
            }
            const forced = running(await startCli(cwd.dir, ['--data', a.dir, '--reimport']));
            try {
                expect(forced.ready.imported).toBe(true);
                expect(names(await query(forced.ready, 'SELECT Name FROM Account'))).toEqual([
                    'After, renamed'
                ]);
            } finally {
                await forced.stop();
            }
        } finally {
            cwd.cleanup();
            a.cleanup();
        }
    });

    it('--store names the store folder instead', async () => {
        const cwd = scratchDir();
        const a = scratchDir();
        try {
            writeExport(a.dir, { Account: [{ Id: id('001', 1), Name: 'Alpha One' }] });
            const store = path.join(cwd.dir, 'my-store');
            const run = running(await startCli(cwd.dir, ['--data', a.dir, '--store', store]));
            try {
                expect(run.ready.store).toBe(store);
                expect(run.stderr()).toContain(`Store: ${path.join(store, 'org.sqlite')}`);
            } finally {
                await run.stop();
            }
        } finally {
            cwd.cleanup();
            a.cleanup();
        }
    });
});
