/**
 * The demo loader writes every field of the evidence field table it can: a field added to the
 * table must be loaded into an org too, or named here with the reason it is not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemoData } from '../../tools/demo';
import { evidenceObject } from '../../records/evidenceFields';
import { readExportFolder } from '../../tools/demo/load/exportRows';
import { buildPlan, LOAD_ORDER, PARENT_FIELD } from '../../tools/demo/load/plan';
import { REPO } from '../support/cli';

/** Fields the loader cannot write, and why. */
const NOT_WRITTEN: Record<string, readonly string[]> = {
    // Ids are assigned on insert; the loader maps export ids to new ones.
    '*': ['Id'],
    // Derived from StageName, which the loader writes to match them.
    Opportunity: ['IsClosed', 'IsWon'],
    // Derived from Status.
    Case: ['IsClosed'],
    // Computed from StartDate and ContractTerm, which the loader writes instead.
    Contract: ['EndDate'],
    // The export has no Contact.csv to map contact ids to; the plan counts them as dropped.
    Customer_Reference__c: ['Contact__c']
};

/** The bundled demo (flat) and a small one with account hierarchies (ParentId). */
let scratch: string;
const exportFolders = (): string[] => [path.join(REPO, 'data', 'demo'), path.join(scratch, 'hierarchies')];

beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-load-fields-'));
    await generateDemoData({
        accounts: 30,
        outDir: path.join(scratch, 'hierarchies'),
        seed: 7,
        referenceDate: '2026-06-30',
        hierarchies: true
    });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('demo loader and the evidence field table', () => {
    it.each(LOAD_ORDER)('writes every field of %s the platform lets it write', async (object) => {
        const plans = await Promise.all(
            exportFolders().map(async (folder) => buildPlan(await readExportFolder(folder)))
        );
        const written = new Set<string>();
        for (const item of plans.flatMap((plan) => plan.items[object])) {
            for (const field of Object.keys(item.fields)) written.add(field);
            for (const field of Object.keys(item.refs)) written.add(field);
        }
        const skipped = new Set([...(NOT_WRITTEN['*'] ?? []), ...(NOT_WRITTEN[object] ?? [])]);
        const expected = evidenceObject(object)
            .fields.map((f) => f.field)
            .filter((f) => !skipped.has(f));
        expect(expected.filter((f) => !written.has(f))).toEqual([]);
    });

    it('hangs each object from the owner lookup of the table', () => {
        expect(PARENT_FIELD).toEqual({
            Account: null,
            Contract: 'AccountId',
            Opportunity: 'AccountId',
            Case: 'AccountId',
            Trust_Commitment__c: 'Account__c',
            Customer_Reference__c: 'Account__c'
        });
    });
});
