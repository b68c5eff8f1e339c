/**
 * The local org keeps its records in a file: a restart finds them (and keeps handing out
 * new ids and auto-numbers after the old ones), an import replaces only the objects it has
 * files for, a bad import changes nothing and names file, line and column, and a field
 * added to the metadata becomes a column without losing data.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OBJECTS_DIR } from '../../tools/metadata';
import { startLocalOrg, type LocalOrg, type LocalOrgOptions } from '../../tools/localOrg';
import { call, id, NOW, scratchDir, soql, writeExport } from './helpers';

const accounts = [1, 2, 3].map((n) => ({ Id: id('001', n), Name: `Account ${n}` }));

async function withOrg<T>(options: LocalOrgOptions, run: (org: LocalOrg) => Promise<T>): Promise<T> {
    const org = await startLocalOrg({ now: () => NOW, log: () => undefined, ...options });
    try {
        return await run(org);
    } finally {
        await org.close();
    }
}

const upsertScore = (org: LocalOrg, account: string, day: string) =>
    call(org, 'PATCH', '/composite/sobjects/Trust_Score__c/Key__c', {
        records: [
            {
                attributes: { type: 'Trust_Score__c' },
                Key__c: `${account}:${day}`,
                Account__c: account,
                As_Of__c: day,
                Score__c: 55
            }
        ]
    });

describe('local org persistence', () => {
    it('keeps records across a restart and continues its sequences', async () => {
        const data = scratchDir();
        const source = scratchDir();
        try {
            writeExport(source.dir, { Account: accounts });
            const first = await withOrg({ dataDir: data.dir, importFrom: source.dir }, async (org) => {
                const saved = (await upsertScore(org, id('001', 1), '2026-06-30')).body as Array<{
                    id: string;
                }>;
                return saved[0]?.id as string;
            });
            expect(existsSync(path.join(data.dir, 'org.sqlite'))).toBe(true);
            await withOrg({ dataDir: data.dir }, async (org) => {
                expect((await soql(org, 'SELECT COUNT() FROM Account')).totalSize).toBe(3);
                const saved = (await upsertScore(org, id('001', 2), '2026-06-30')).body as Array<{
                    id: string;
                }>;
                const second = saved[0]?.id as string;
                expect(second).not.toBe(first);
                expect(second.slice(0, 3)).toBe(first.slice(0, 3));
                const names = await soql(org, 'SELECT Id, Name FROM Trust_Score__c ORDER BY Name');
                expect(names.records.map((r) => [r.Id, r.Name])).toEqual([
                    [first, 'TS-0000001'],
                    [second, 'TS-0000002']
                ]);
            });
        } finally {
            data.cleanup();
            source.cleanup();
        }
    });

    it('replaces only the objects an import has files for', async () => {
        const data = scratchDir();
        const source = scratchDir();
        const smaller = scratchDir();
        try {
            writeExport(source.dir, { Account: accounts });
            await withOrg({ dataDir: data.dir, importFrom: source.dir }, (org) =>
                upsertScore(org, id('001', 1), '2026-06-30')
            );
            writeExport(smaller.dir, { Account: accounts.slice(0, 1) });
            await withOrg({ dataDir: data.dir, importFrom: smaller.dir }, async (org) => {
                expect((await soql(org, 'SELECT Name FROM Account')).records.map((r) => r.Name)).toEqual([
                    'Account 1'
                ]);
                expect((await soql(org, 'SELECT COUNT() FROM Trust_Score__c')).totalSize).toBe(1);
            });
        } finally {
            data.cleanup();
            source.cleanup();
            smaller.cleanup();
        }
    });

    it('refuses a bad cell naming file, line and column, and changes nothing', async () => {
        const data = scratchDir();
        const source = scratchDir();
        const bad = scratchDir();
        try {
            writeExport(source.dir, { Account: accounts });
            await withOrg({ dataDir: data.dir, importFrom: source.dir }, async () => undefined);
            writeExport(bad.dir, { Account: accounts.slice(0, 1) });
            // A multi-line text cell first, so the bad row's line differs from its record number.
            writeFileSync(
                path.join(bad.dir, 'Trust_Commitment__c.csv'),
                'Id,Name,Account__c,Status__c,Due_On__c,Description__c\n' +
                    `${id('a0A', 1)},Kickoff,${id('001', 1)},Open,2026-07-01,"line one\nline two"\n` +
                    `${id('a0A', 2)},Review,${id('001', 1)},Open,2026-13-01,ok\n`
            );
            await expect(
                startLocalOrg({ dataDir: data.dir, importFrom: bad.dir, log: () => undefined })
            ).rejects.toThrow(
                'Trust_Commitment__c.csv:4: column Due_On__c: "2026-13-01" is not a date YYYY-MM-DD'
            );
            await withOrg({ dataDir: data.dir }, async (org) => {
                expect((await soql(org, 'SELECT COUNT() FROM Account')).totalSize).toBe(3);
                expect((await soql(org, 'SELECT COUNT() FROM Trust_Commitment__c')).totalSize).toBe(0);
            });
        } finally {
            data.cleanup();
            source.cleanup();
            bad.cleanup();
        }
    });

    it('adds a column when the metadata gains a field, keeping the data', async () => {
        const data = scratchDir();
        const objects = scratchDir();
        const source = scratchDir();
        try {
            cpSync(OBJECTS_DIR, objects.dir, { recursive: true });
            writeExport(source.dir, { Account: accounts });
            await withOrg(
                { dataDir: data.dir, importFrom: source.dir, objectsDir: objects.dir },
                async (org) => {
                    const missing = await call(
                        org,
                        'GET',
                        `/query?q=${encodeURIComponent('SELECT Region__c FROM Account')}`
                    );
                    expect(missing.status).toBe(400);
                }
            );
            const fields = path.join(objects.dir, 'Account', 'fields');
            mkdirSync(fields, { recursive: true });
            writeFileSync(
                path.join(fields, 'Region__c.field-meta.xml'),
                '<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">' +
                    '<fullName>Region__c</fullName><label>Region</label><length>40</length><type>Text</type></CustomField>\n'
            );
            await withOrg({ dataDir: data.dir, objectsDir: objects.dir }, async (org) => {
                const rows = await soql(
                    org,
                    `SELECT Name, Region__c FROM Account WHERE Id = '${id('001', 1)}'`
                );
                expect(rows.records[0]).toMatchObject({ Name: 'Account 1', Region__c: null });
            });
        } finally {
            data.cleanup();
            objects.cleanup();
            source.cleanup();
        }
    });
});
