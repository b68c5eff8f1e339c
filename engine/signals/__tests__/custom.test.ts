/**
 * Custom signals scored by the engine: each aggregate, the look-back and time decay, the
 * scale in both directions, the filter, no evidence, and how one joins its pillar and the score.
 */
import { DEFAULT_BASELINES } from '../../baselines';
import { parseDay } from '../../dates';
import { emptyEvidence, type AccountEvidence, type CustomRecord } from '../../evidence';
import { explainResult } from '../../explain';
import { defaultModel, type TrustModel } from '../../model';
import { scoreAccount } from '../../score';
import type { CustomSignalSetting } from '../customSetting';
import { USAGE_SIGNAL } from '../../../test/support/customSignals';
import { supportCase } from '../../../test/support/evidence';

const AS_OF = parseDay('2026-06-30') as number;
const ACCOUNT = '001000000000001AAA';

function modelWith(...custom: Partial<CustomSignalSetting>[]): TrustModel {
    return { ...defaultModel(), customSignals: custom.map((c) => ({ ...USAGE_SIGNAL, filter: {}, ...c })) };
}

let next = 0;
/** A usage row `daysAgo` days before the as-of day. */
function usage(
    daysAgo: number,
    users: number | null,
    extra: Record<string, string | null> = {}
): CustomRecord {
    next++;
    return {
        id: `a00${String(next).padStart(12, '0')}AAA`,
        accountId: ACCOUNT,
        values: { Week__c: AS_OF - daysAgo, Active_Users__c: users, ...extra }
    };
}

function evidenceOf(rows: CustomRecord[], object = 'Product_Usage__c'): AccountEvidence {
    return { ...emptyEvidence({ id: ACCOUNT, name: 'Acme' }), custom: { [object]: rows } };
}

function signalOf(model: TrustModel, rows: CustomRecord[], id = 'productUsage') {
    const result = scoreAccount(evidenceOf(rows), model, DEFAULT_BASELINES, AS_OF);
    return { result, signal: result.signals[id] };
}

describe('custom signal aggregates', () => {
    // Half-life 365 days: a record a year old weighs half as much as today's.
    const rows = () => [usage(0, 80), usage(365, 20), usage(30, 50)];

    it.each<[CustomSignalSetting['aggregate'], number]>([
        ['latest', 80],
        ['min', 20],
        ['max', 80],
        // (80·1 + 20·½ + 50·2^(-30/365)) / (1 + ½ + 2^(-30/365)), on a 0–100 scale
        ['average', (80 + 10 + 50 * 2 ** (-30 / 365)) / (1.5 + 2 ** (-30 / 365))],
        // 80 + 20·½ + 50·2^(-30/365) on a 0–200 scale
        ['sum', (80 + 10 + 50 * 2 ** (-30 / 365)) / 2],
        // 1 + ½ + 2^(-30/365) records on a 0–4 scale
        ['count', ((1.5 + 2 ** (-30 / 365)) / 4) * 100]
    ])('%s', (aggregate, expected) => {
        const scale =
            aggregate === 'sum'
                ? { bad: 0, good: 200 }
                : aggregate === 'count'
                  ? { bad: 0, good: 4 }
                  : USAGE_SIGNAL.scale;
        // Without loss aversion, so the average is the plain decayed mean.
        const model = { ...modelWith({ aggregate, scale }), lossAversion: 1 };
        const { signal } = signalOf(model, rows());
        expect(signal?.score).toBeCloseTo(Math.round(expected * 10) / 10, 5);
        expect(signal?.pillar).toBe('capability');
    });

    it('average weighs a bad record more, as the catalog means do (loss aversion)', () => {
        const plain = signalOf({ ...modelWith({}), lossAversion: 1 }, [usage(0, 20), usage(0, 80)]);
        const averse = signalOf({ ...modelWith({}), lossAversion: 2 }, [usage(0, 20), usage(0, 80)]);
        expect(plain.signal?.score).toBe(50);
        expect(averse.signal?.score).toBeLessThan(50);
    });

    it('latest takes the most recent record, whatever its value', () => {
        const { signal } = signalOf(modelWith({ aggregate: 'latest' }), [usage(10, 90), usage(2, 30)]);
        expect(signal?.score).toBe(30);
        expect(signal?.evidence).toHaveLength(1);
        expect(signal?.summary).toMatch(/^latest 30 \(2026-06-28\) of 2 records$/);
    });

    it('count needs no value field and counts records without one', () => {
        const model = modelWith({ aggregate: 'count', valueField: null, scale: { bad: 0, good: 2 } });
        const { signal } = signalOf(model, [usage(0, null), usage(0, null)]);
        expect(signal?.score).toBe(100);
    });
});

describe('custom signal evidence', () => {
    it('is null without records, left out of the pillar and the score, never 50', () => {
        const { result, signal } = signalOf(modelWith({}), []);
        expect(signal).toMatchObject({ score: null, confidence: 0, evidence: [] });
        expect(result.pillars.capability).toBeNull();
        expect(result.score).toBeNull();
    });

    it('leaves out records outside the look-back, in the future, without a date or without a value', () => {
        const model = modelWith({ aggregate: 'count', scale: { bad: 0, good: 10 } });
        const rows = [
            usage(-1, 10),
            usage(model.lookBackDays + 1, 10),
            usage(5, null),
            { ...usage(0, 10), values: { Active_Users__c: 10 } }
        ];
        // A count reads no value, so only the record without a value still counts.
        expect(signalOf(model, rows).signal?.evidence.map((e) => e.recordId)).toEqual([rows[2]?.id]);
        expect(signalOf(modelWith({}), rows).signal?.score).toBeNull();
    });

    it('keeps only records the filter allows', () => {
        const model = modelWith({ filter: { Type__c: ['Seats'] } });
        const rows = [usage(0, 90, { Type__c: 'Seats' }), usage(0, 10, { Type__c: 'API' }), usage(0, 10)];
        const { signal } = signalOf(model, rows);
        expect(signal?.score).toBe(90);
        expect(signal?.evidence.map((e) => e.recordId)).toEqual([rows[0]?.id]);
    });

    it('scores signals on one object alike whether scored alone or beside others with other windows', () => {
        const rows = [
            usage(0, 90, { Type__c: 'Seats' }),
            usage(7, 10, { Type__c: 'API' }),
            usage(14, 40, { Type__c: 'Seats' }),
            usage(21, 70)
        ];
        // Weeks__c is the date only the last one reads: its window leaves out every row.
        const settings: Partial<CustomSignalSetting>[] = [
            { id: 'seats', filter: { Type__c: ['Seats'] } },
            { id: 'seatsMax', aggregate: 'max', filter: { Type__c: ['Seats', 'Seats'] } },
            { id: 'api', aggregate: 'count', scale: { bad: 0, good: 4 }, filter: { Type__c: ['API'] } },
            { id: 'all', aggregate: 'sum', scale: { bad: 0, good: 400 } },
            { id: 'other', dateField: 'Weeks__c', filter: { Type__c: ['Seats'] } }
        ];
        const together = scoreAccount(evidenceOf(rows), modelWith(...settings), DEFAULT_BASELINES, AS_OF);
        for (const setting of settings) {
            const alone = signalOf(modelWith(setting), rows, setting.id).signal;
            expect(together.signals[setting.id as string]?.score).toBe(alone?.score);
            expect(together.signals[setting.id as string]?.summary).toBe(alone?.summary);
        }
        expect(together.signals.seats?.evidence.map((e) => e.recordId).sort()).toEqual(
            [rows[0]?.id, rows[2]?.id].sort()
        );
        expect(together.signals.api?.evidence.map((e) => e.recordId)).toEqual([rows[1]?.id]);
        expect(together.signals.all?.evidence).toHaveLength(4);
        expect(together.signals.other?.score).toBeNull();
        // The next account's rows, on the same day, are its own.
        const next = signalOf(
            modelWith(settings[0] as Partial<CustomSignalSetting>),
            [usage(0, 20, { Type__c: 'Seats' })],
            'seats'
        );
        expect(next.signal?.score).toBe(20);
    });

    it('weighs recent records more (the model half-life)', () => {
        const model = { ...modelWith({}), lossAversion: 1 };
        const recentGood = signalOf(model, [usage(0, 100), usage(365, 0)]).signal?.score;
        const recentBad = signalOf(model, [usage(0, 0), usage(365, 100)]).signal?.score;
        expect(recentGood).toBeCloseTo(66.7, 1);
        expect(recentBad).toBeCloseTo(33.3, 1);
    });

    it('reads a scale with bad above good as lower is better, clamped to 0–100', () => {
        const model = modelWith({ aggregate: 'latest', scale: { bad: 30, good: 0 } });
        expect(signalOf(model, [usage(0, 0)]).signal?.score).toBe(100);
        expect(signalOf(model, [usage(0, 15)]).signal?.score).toBe(50);
        expect(signalOf(model, [usage(0, 45)]).signal?.score).toBe(0);
        expect(signalOf(model, [usage(0, -5)]).signal?.score).toBe(100);
    });

    it('grows confidence with the amount of evidence', () => {
        const one = signalOf(modelWith({}), [usage(0, 50)]).signal?.confidence ?? 0;
        const five =
            signalOf(
                modelWith({}),
                [0, 7, 14, 21, 28].map((d) => usage(d, 50))
            ).signal?.confidence ?? 0;
        expect(one).toBeGreaterThan(0);
        expect(five).toBeGreaterThan(one);
    });

    it('reports nothing when switched off', () => {
        const { result, signal } = signalOf(modelWith({ enabled: false }), [usage(0, 90)]);
        expect(signal).toMatchObject({ score: null, summary: 'Switched off in this model' });
        expect(result.score).toBeNull();
    });
});

describe('a custom signal in the score', () => {
    it('joins its pillar and the score by weight, with a driver traced to its records', () => {
        const model = modelWith({ aggregate: 'latest' });
        const rows = [usage(3, 90)];
        const { result, signal } = signalOf(model, rows);
        // The only evidence: the pillar and the score are the signal's.
        expect(result.pillars.capability).toBe(90);
        expect(result.score).toBe(90);
        expect(signal?.evidence).toEqual([
            {
                recordId: rows[0]?.id,
                object: 'Product_Usage__c',
                summary: 'Product usage 90 on 2026-06-27',
                impact: 40
            }
        ]);
        expect(result.drivers).toEqual([
            {
                signal: 'productUsage',
                pillar: 'capability',
                impact: 40,
                summary: 'Product usage 90/100: latest 90 (2026-06-27) of 1 record',
                recordIds: [rows[0]?.id]
            }
        ]);
        expect(explainResult(result, model)).toContain(
            '  Product usage: 90.0/100, confidence 28% — latest 90'
        );
    });

    it('shares the pillar with catalog signals by weight', () => {
        const model = modelWith({ aggregate: 'latest', weight: 3 });
        const evidence: AccountEvidence = {
            ...evidenceOf([usage(0, 100)]),
            cases: [supportCase({ created: '2026-06-20', closed: '2026-06-21' })]
        };
        const result = scoreAccount(evidence, model, DEFAULT_BASELINES, AS_OF);
        const caseHealth = result.signals.caseHealth.score as number;
        // caseHealth weighs 1 in capability, the custom signal 3.
        expect(result.pillars.capability).toBeCloseTo((caseHealth + 3 * 100) / 4, 1);
    });

    it('lists every custom signal of the model in the result, after the catalog', () => {
        const model = modelWith({}, { id: 'nps', label: 'NPS', object: 'Survey__c' });
        const result = scoreAccount(evidenceOf([]), model, DEFAULT_BASELINES, AS_OF);
        expect(Object.keys(result.signals).slice(-2)).toEqual(['productUsage', 'nps']);
    });
});
