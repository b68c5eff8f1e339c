/**
 * Custom signals through the records layer: the evidence field table gains one object row per
 * object they read, and a receipt keeps their scores so the what-if can re-weight them.
 */
import { DEFAULT_BASELINES } from '../../engine/baselines';
import { parseDay } from '../../engine/dates';
import { emptyEvidence } from '../../engine/evidence';
import { defaultModel, type TrustModel } from '../../engine/model';
import { scoreAccount } from '../../engine/score';
import type { CustomSignalSetting } from '../../engine/signals/customSetting';
import { EVIDENCE_OBJECTS, evidenceTableFor, signalsReading } from '../evidenceFields';
import { receiptRecord } from '../receipt';
import { storedReceipts } from '../storedReceipt';
import { changesNeedingEvidence, whatIf, type ReceiptScores } from '../whatIf';
import { USAGE_SIGNAL } from '../../test/support/customSignals';

const NPS: CustomSignalSetting = {
    ...USAGE_SIGNAL,
    id: 'nps',
    label: 'NPS',
    pillar: 'fairness',
    object: 'Survey__c',
    dateField: 'Answered_On__c',
    valueField: 'Score__c',
    aggregate: 'average',
    filter: {}
};
const CSAT: CustomSignalSetting = {
    ...NPS,
    id: 'csat',
    valueField: 'CSAT__c',
    filter: { Type__c: ['CSAT'] }
};
const MEETINGS: CustomSignalSetting = {
    ...USAGE_SIGNAL,
    id: 'meetings',
    object: 'Event',
    accountField: 'AccountId',
    dateField: 'ActivityDate',
    valueField: null,
    aggregate: 'count',
    filter: {}
};

const withCustom = (...custom: CustomSignalSetting[]): TrustModel => ({
    ...defaultModel(),
    customSignals: custom
});

describe('the evidence field table of a model with custom signals', () => {
    it('adds, after the catalog, one row per object with Id, the account lookup, then date, value and filter fields', () => {
        const table = evidenceTableFor(withCustom(USAGE_SIGNAL, NPS, CSAT, MEETINGS));
        expect(table.slice(0, EVIDENCE_OBJECTS.length)).toEqual([...EVIDENCE_OBJECTS]);
        const custom = table.slice(EVIDENCE_OBJECTS.length);
        const shape = custom.map((o) => ({
            object: o.object,
            evidence: o.evidence,
            fields: o.fields.map((f) => [f.field, f.property, f.kind, f.presence, f.owner, f.to])
        }));
        expect(shape).toEqual([
            {
                object: 'Product_Usage__c',
                evidence: 'custom',
                fields: [
                    ['Id', 'id', 'id', 'key', false, null],
                    ['Account__c', 'accountId', 'reference', 'required', true, 'Account'],
                    ['Week__c', 'Week__c', 'date', 'required', false, null],
                    ['Active_Users__c', 'Active_Users__c', 'number', 'required', false, null],
                    ['Type__c', 'Type__c', 'picklist', 'required', false, null]
                ]
            },
            {
                object: 'Survey__c',
                evidence: 'custom',
                // Two signals, one row: the union of their fields, each once.
                fields: [
                    ['Id', 'id', 'id', 'key', false, null],
                    ['Account__c', 'accountId', 'reference', 'required', true, 'Account'],
                    ['Answered_On__c', 'Answered_On__c', 'date', 'required', false, null],
                    ['Score__c', 'Score__c', 'number', 'required', false, null],
                    ['CSAT__c', 'CSAT__c', 'number', 'required', false, null],
                    ['Type__c', 'Type__c', 'picklist', 'required', false, null]
                ]
            },
            {
                object: 'Event',
                evidence: 'custom',
                // A count reads no value.
                fields: [
                    ['Id', 'id', 'id', 'key', false, null],
                    ['AccountId', 'accountId', 'reference', 'required', true, 'Account'],
                    ['ActivityDate', 'ActivityDate', 'date', 'required', false, null]
                ]
            }
        ]);
        expect(signalsReading(withCustom(USAGE_SIGNAL, NPS, CSAT), 'Survey__c')).toEqual(['nps', 'csat']);
    });
});

describe('receipts of a model with custom signals', () => {
    const AS_OF = '2026-06-30';
    const DAY = parseDay(AS_OF) as number;
    const model = withCustom(USAGE_SIGNAL);
    const evidence = {
        ...emptyEvidence({ id: '001000000000001AAA', name: 'Acme' }),
        custom: {
            Product_Usage__c: [
                {
                    id: 'a00000000000001AAA',
                    accountId: '001000000000001AAA',
                    values: { Week__c: DAY - 3, Active_Users__c: 80, Type__c: 'Seats' }
                }
            ]
        }
    };
    const result = scoreAccount(evidence, model, DEFAULT_BASELINES, DAY);
    const ctx = {
        asOf: AS_OF,
        model: { name: model.name, version: model.version, recordId: null },
        scoredAt: '2026-06-30T12:00:00.000Z',
        source: 'Batch' as const
    };
    const record = receiptRecord(result, null, ctx);
    const node: Record<string, unknown> = { Id: 'a02000000000001AAA' };
    for (const [k, v] of Object.entries(record)) node[k] = { value: v, displayValue: null };
    const [stored] = storedReceipts({ edges: [{ node }] });

    it('keeps the custom signal in Drivers__c, with its evidence, and reads its score back', () => {
        expect(result.signals.productUsage?.score).toBe(80);
        expect(JSON.parse(record.Drivers__c as string).signals.productUsage).toMatchObject({
            pillar: 'capability',
            score: 80,
            evidence: [{ recordId: 'a00000000000001AAA', object: 'Product_Usage__c' }]
        });
        expect(record.Score__c).toBe(80);
        expect(stored?.signalScores.productUsage).toBe(80);
        expect(stored?.signals.productUsage?.pillar).toBe('capability');
    });

    it('lets the what-if re-weight the stored custom score', () => {
        const scores: ReceiptScores = {
            accountId: '001000000000001AAA',
            score: 80,
            band: 'Trusted',
            signalScores: stored?.signalScores as ReceiptScores['signalScores']
        };
        const off: TrustModel = { ...model, customSignals: [{ ...USAGE_SIGNAL, enabled: false }] };
        const [kept] = whatIf([scores], model).rows;
        const [dropped] = whatIf([scores], off).rows;
        expect(kept?.after.score).toBe(80);
        // Without it the account has no evidence left: no score, not 50.
        expect(dropped?.after.score).toBeNull();
    });

    it('asks for the evidence again when a custom signal is added or reads differently, not when re-weighted', () => {
        expect(changesNeedingEvidence(defaultModel(), model)).toEqual(['customSignals[0]']);
        expect(
            changesNeedingEvidence(model, withCustom({ ...USAGE_SIGNAL, weight: 9, label: 'Usage' }))
        ).toEqual([]);
        expect(changesNeedingEvidence(model, withCustom({ ...USAGE_SIGNAL, aggregate: 'max' }))).toEqual([
            'customSignals[0]'
        ]);
        const off = withCustom({ ...USAGE_SIGNAL, enabled: false });
        expect(changesNeedingEvidence(off, model)).toEqual(['customSignals[0].enabled']);
    });
});
