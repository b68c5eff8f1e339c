// The service module as components import it: the generated bundle, run by LWC's jest
// (browser-like jsdom environment), must score exactly like the engine does in Node.
import {
    scoreAccount,
    defaultModel,
    validateModel,
    DEFAULT_BASELINES,
    parseDay,
    parseInstant,
    emptyEvidence,
    SIGNAL_IDS
} from 'c/trustEngine';

const AS_OF = parseDay('2026-06-30');

function evidence() {
    const e = emptyEvidence({ id: '001000000000001AAA', name: 'Northwind Traders' });
    e.commitments.push({
        id: 'a0A000000000001AAA',
        accountId: '001000000000001AAA',
        opportunityId: null,
        madeByTeam: 'Sales',
        promisedOn: parseDay('2026-01-01'),
        dueOn: parseDay('2026-03-01'),
        deliveredOn: parseDay('2026-02-20'),
        status: 'Kept',
        description: 'Sandbox by February'
    });
    e.cases.push({
        id: '500000000000001AAA',
        accountId: '001000000000001AAA',
        isClosed: true,
        isEscalated: true,
        priority: 'High',
        status: 'Closed',
        type: 'Problem',
        reason: null,
        origin: 'Phone',
        createdDate: parseInstant('2026-05-01T09:00:00.000+0000'),
        closedDate: parseInstant('2026-05-03T09:00:00.000Z')
    });
    return e;
}

describe('c-trust-engine', () => {
    it('scores an account in the browser runtime', () => {
        const result = scoreAccount(evidence(), defaultModel(), DEFAULT_BASELINES, AS_OF);
        expect(result.score).not.toBeNull();
        expect(result.signals.promiseKeeping.score).toBe(100);
        expect(result.signals.renewalTimeliness.score).toBeNull();
        expect(Object.keys(result.signals)).toEqual([...SIGNAL_IDS]);
        const promiseDriver = result.drivers.find((d) => d.signal === 'promiseKeeping');
        expect(promiseDriver.recordIds).toEqual(['a0A000000000001AAA']);
        expect(promiseDriver.impact).toBeGreaterThan(0);
    });

    it('validates models with messages naming the setting', () => {
        const model = defaultModel();
        model.halfLifeDays = 0;
        const check = validateModel(model);
        expect(check.ok).toBe(false);
        expect(check.issues[0].path).toBe('halfLifeDays');
    });
});
