import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { emptyEvidence } from '../../engine/evidence';
import { DEFAULT_BASELINES } from '../../engine/baselines';
import { formatDay, parseDay } from '../../engine/dates';
import { defaultModel } from '../../engine/model';
import { scoreAccount } from '../../engine/score';
import { receiptRecord, receiptUpdateFields } from '../../records/receipt';
import { caseSafeId, evaluateFormula } from '../../tools/metadata/formula';
import { loadPackageMetadata } from '../../tools/metadata/package';
import { listFiles } from '../../tools/metadata/package/files';
import { OBJECTS_DIR } from '../../tools/metadata/paths';
import { readXml, text } from '../../tools/metadata/xml';
import { findField } from '../../tools/metadata/schema';

/**
 * The validation rules that keep receipts and models honest, run against the records the batch
 * and the Trust panel really write (records/receipt.ts) and against forged ones.
 */
const model = loadPackageMetadata();

const ACCOUNT = '001000000000001AAA';
const OTHER_ACCOUNT = '001000000000002AAA';
const ACTIVE_MODEL = 'a01000000000001AAA';
const OLD_MODEL = 'a01000000000002AAA';
const NOW = new Date('2026-06-30T15:00:00Z');
const TODAY = '2026-06-30';
const BATCH = new Set(['Write_Batch_Receipts']);
const REP = new Set<string>();
const ADMIN = new Set(['Manage_Trust_Model']);

type Row = Record<string, unknown>;

/** Names of the rules of `object` that refuse this save. */
function refusedBy(object: string, record: Row, permissions: ReadonlySet<string>, prior?: Row): string[] {
    const merged = prior === undefined ? record : { ...prior, ...record };
    const modelId = merged.Model__c;
    return model.validationRules
        .filter((rule) => rule.object === object)
        .filter((rule) =>
            evaluateFormula(rule.formula, {
                record: merged,
                ...(prior === undefined ? {} : { prior }),
                permissions,
                related: { 'Model__r.Active__c': modelId === ACTIVE_MODEL },
                now: NOW
            })
        )
        .map((rule) => rule.name)
        .sort();
}

function receipt(source: 'Batch' | 'Panel', asOf = TODAY, account = ACCOUNT): Row {
    const day = parseDay(asOf);
    if (day === null) throw new Error(asOf);
    const result = scoreAccount(
        emptyEvidence({ id: account, name: 'Acme' }),
        defaultModel(),
        DEFAULT_BASELINES,
        day
    );
    return receiptRecord(result, null, {
        asOf: formatDay(day),
        model: { name: 'Default', version: 3, recordId: ACTIVE_MODEL },
        scoredAt: NOW.toISOString(),
        source
    });
}

describe('score receipts (Trust_Score__c validation rules)', () => {
    describe('what Trust Ledger writes passes', () => {
        it("the batch's receipt, for today or a back-filled day (--as-of)", () => {
            expect(refusedBy('Trust_Score__c', receipt('Batch'), BATCH)).toEqual([]);
            expect(refusedBy('Trust_Score__c', receipt('Batch', '2025-01-31'), BATCH)).toEqual([]);
        });

        it("the batch's upsert of a receipt that exists, whoever wrote it", () => {
            expect(refusedBy('Trust_Score__c', receipt('Batch'), BATCH, receipt('Panel'))).toEqual([]);
        });

        it("the panel's new receipt and its update of the batch's receipt of today", () => {
            expect(refusedBy('Trust_Score__c', receipt('Panel'), REP)).toEqual([]);
            const update = receiptUpdateFields(receipt('Panel'), 'a02000000000001AAA');
            expect(refusedBy('Trust_Score__c', update, REP, receipt('Batch'))).toEqual([]);
        });

        it('a receipt scored with the built-in model (no model stored yet)', () => {
            expect(refusedBy('Trust_Score__c', { ...receipt('Panel'), Model__c: null }, REP)).toEqual([]);
        });
    });

    describe('what a rep could forge is refused', () => {
        it('a receipt passed off as the batch’s', () => {
            expect(refusedBy('Trust_Score__c', receipt('Batch'), REP)).toEqual([
                'Batch_Source_Only_From_Batch'
            ]);
            expect(refusedBy('Trust_Score__c', { ...receipt('Panel'), Source__c: null }, REP)).toEqual([
                'Batch_Source_Only_From_Batch'
            ]);
        });

        it("an edit of the batch's receipt that keeps it a Batch receipt", () => {
            expect(refusedBy('Trust_Score__c', { Score__c: 99 }, REP, receipt('Batch'))).toEqual([
                'Batch_Source_Only_From_Batch'
            ]);
            // Relabelling an old batch receipt as the panel's is backdating.
            const old = receipt('Batch', '2026-03-31');
            expect(refusedBy('Trust_Score__c', { Score__c: 99, Source__c: 'Panel' }, REP, old)).toEqual([
                'Panel_Receipt_Describes_Today'
            ]);
        });

        it('a key that changes, or names another account or day', () => {
            const stored = receipt('Panel');
            expect(refusedBy('Trust_Score__c', { Key__c: `${OTHER_ACCOUNT}:${TODAY}` }, REP, stored)).toEqual(
                ['Receipt_Key_Is_Account_And_Day']
            );
            expect(refusedBy('Trust_Score__c', { Key__c: `${ACCOUNT}:${TODAY}` }, BATCH, stored)).toEqual([]);
            expect(
                refusedBy('Trust_Score__c', { ...receipt('Panel'), Key__c: `${OTHER_ACCOUNT}:${TODAY}` }, REP)
            ).toEqual(['Receipt_Key_Is_Account_And_Day']);
            expect(refusedBy('Trust_Score__c', { As_Of__c: '2026-06-29' }, BATCH, receipt('Batch'))).toEqual([
                'Receipt_Key_Is_Account_And_Day'
            ]);
        });

        it('a receipt for another day than today, or scored long ago', () => {
            expect(refusedBy('Trust_Score__c', receipt('Panel', '2026-03-31'), REP)).toEqual([
                'Panel_Receipt_Describes_Today'
            ]);
            expect(
                refusedBy(
                    'Trust_Score__c',
                    { ...receipt('Panel'), Scored_At__c: '2026-06-20T09:00:00.000Z' },
                    REP
                )
            ).toEqual(['Panel_Receipt_Describes_Today']);
            // A day of slack: the panel keys receipts by the UTC day, the platform's TODAY() is the rep's.
            expect(refusedBy('Trust_Score__c', receipt('Panel', '2026-07-01'), REP)).toEqual([]);
        });

        it('a receipt that names a model version that is not active', () => {
            expect(refusedBy('Trust_Score__c', { ...receipt('Panel'), Model__c: OLD_MODEL }, REP)).toEqual([
                'Panel_Receipt_Uses_Active_Model'
            ]);
            expect(refusedBy('Trust_Score__c', { ...receipt('Batch'), Model__c: OLD_MODEL }, BATCH)).toEqual(
                []
            );
        });
    });

    it('keys receipts by the 18-character id the formula compares with', () => {
        // CASESAFEID in the rule turns a 15-character id into the API's 18 characters.
        expect(caseSafeId('001000000000001')).toBe(ACCOUNT);
        // Upper case at positions 11, 13 and 15: bits 1 + 4 + 16 of the third block, 'V'.
        expect(caseSafeId('0015g00000AbCdE')).toBe('0015g00000AbCdEAAV');
        expect(caseSafeId(ACCOUNT)).toBe(ACCOUNT);
    });
});

describe('model versions (Trust_Model__c validation rules)', () => {
    const stored: Row = {
        Name: 'Default',
        Version__c: 3,
        Active__c: true,
        Definition__c: '{"name":"Default"}',
        Baselines__c: null
    };

    it('lets the batch update baselines and nothing that defines the model', () => {
        expect(
            refusedBy('Trust_Model__c', { Baselines__c: '{"medianCycleDays":30}' }, BATCH, stored)
        ).toEqual([]);
        for (const change of [{ Active__c: false }, { Version__c: 4 }, { Name: 'Mine' }]) {
            expect(refusedBy('Trust_Model__c', change, BATCH, stored)).toEqual([
                'Only_Model_Managers_Change_Versions'
            ]);
        }
        expect(refusedBy('Trust_Model__c', { ...stored, Version__c: 4 }, BATCH)).toEqual([
            'Only_Model_Managers_Change_Versions'
        ]);
    });

    it('lets model managers create and activate versions, never without a definition', () => {
        expect(refusedBy('Trust_Model__c', { ...stored, Version__c: 4 }, ADMIN)).toEqual([]);
        expect(refusedBy('Trust_Model__c', { Active__c: false }, ADMIN, stored)).toEqual([]);
        expect(refusedBy('Trust_Model__c', { ...stored, Definition__c: '' }, ADMIN)).toEqual([
            'Definition_Required'
        ]);
    });

    it('protects the long-text definition with field-level security, which a required field cannot have', () => {
        expect(findField(model.schema, 'Trust_Model__c', 'Definition__c')?.spec.required).toBe(false);
    });
});

describe('field history of receipts', () => {
    /** Each object folder: whether history is on and which fields it tracks. */
    const history = readdirSync(OBJECTS_DIR).map((object) => {
        const objectFile = path.join(OBJECTS_DIR, object, `${object}.object-meta.xml`);
        const tracked = listFiles(path.join(OBJECTS_DIR, object, 'fields'), '.field-meta.xml')
            .map((file) => readXml(file).element)
            .filter((field) => text(field, 'trackHistory') === 'true')
            .map((field) => text(field, 'fullName') ?? '');
        const enabled =
            existsSync(objectFile) && text(readXml(objectFile).element, 'enableHistory') === 'true';
        return { object, enabled, tracked };
    });

    it('tracks every score field, the source, the model and when it was scored', () => {
        const receipts = history.find((entry) => entry.object === 'Trust_Score__c');
        expect(receipts?.enabled).toBe(true);
        const scoreFields = Object.entries(model.schema.Trust_Score__c?.fields ?? {})
            .filter(([, spec]) => spec.type === 'Number' || spec.type === 'Picklist')
            .map(([name]) => name)
            .filter((name) => !['Previous_Score__c', 'Score_Change__c'].includes(name));
        expect(scoreFields).toHaveLength(18);
        expect(receipts?.tracked).toEqual(
            expect.arrayContaining([...scoreFields, 'Model__c', 'Scored_At__c'])
        );
    });

    it('stays within the 20 tracked fields Salesforce allows per object, with history on where used', () => {
        for (const { object, enabled, tracked } of history) {
            expect([object, tracked.length <= 20]).toEqual([object, true]);
            // Account's history setting belongs to the org; the package tracks none of its fields.
            if (tracked.length > 0) expect([object, enabled]).toEqual([object, true]);
        }
    });
});
