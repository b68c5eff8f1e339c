import { AlertStore, soqlText, startsWithPattern, type AlertApi } from '../alertStore';
import type { SaveResult } from '../orgApi';

describe('SOQL text of the alert query', () => {
    it('escapes quotes and backslashes, and takes LIKE wildcards literally', () => {
        expect(soqlText("O'Brien \\ co")).toBe("O\\'Brien \\\\ co");
        expect(startsWithPattern('100% _sure_: ')).toBe('100\\% \\_sure\\_: %');
    });
});

/** An org holding Tasks in memory; the first create commits but its answer is lost. */
class FakeOrg implements AlertApi {
    retries = 0;
    readonly tasks: Record<string, unknown>[] = [];
    readonly queries: string[] = [];
    lostAnswers: number;

    constructor(lostAnswers: number) {
        this.lostAnswers = lostAnswers;
    }

    async queryAll<R>(soql: string, onPage: (records: R[]) => void | Promise<void>): Promise<number> {
        this.queries.push(soql);
        const ids = [...soql.matchAll(/'(001\w+)'/g)].map((m) => m[1] as string);
        const rows = ids.map((id) => ({
            Id: id,
            OwnerId: '005A',
            Trust_Scores__r: { records: [{ As_Of__c: '2026-06-29', Band__c: 'Fragile' }] },
            Tasks: {
                records: this.tasks
                    .filter((t) => t.WhatId === id)
                    .map((t, i) => ({
                        Id: `00T${i}`,
                        Subject: t.Subject,
                        IsClosed: false,
                        Description: null
                    }))
            }
        }));
        await onPage(rows as R[]);
        return rows.length;
    }

    async createOnce(_sobject: string, records: Record<string, unknown>[]): Promise<SaveResult[]> {
        this.tasks.push(...records);
        if (this.lostAnswers-- > 0) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        return records.map((_r, i) => ({ id: `00T${i}`, success: true, errors: [] }));
    }

    async update(): Promise<SaveResult[]> {
        return [];
    }
}

const noSleep = async (): Promise<void> => undefined;

describe('AlertStore', () => {
    it('reads owners, earlier Batch runs and trust alert Tasks of a batch in one query', async () => {
        const org = new FakeOrg(0);
        const store = new AlertStore(org, '2026-06-30', 'Trust drop: ', 2, noSleep);
        const states = await store.read(['001A', '001B']);
        expect(org.queries).toHaveLength(1);
        expect(org.queries[0]).toContain(
            "As_Of__c < 2026-06-30 AND Source__c = 'Batch' ORDER BY As_Of__c DESC LIMIT 2"
        );
        expect(org.queries[0]).toContain("Subject LIKE 'Trust drop: %'");
        expect(states.get('001A')).toEqual({
            ownerId: '005A',
            before: [{ day: '2026-06-29', band: 'Fragile' }],
            alerts: []
        });
    });

    it('sends again only the alerts the org does not hold after a lost answer', async () => {
        const org = new FakeOrg(1);
        const store = new AlertStore(org, '2026-06-30', 'Trust drop: ', 2, noSleep);
        const tasks = [
            { WhatId: '001A', Subject: 'Trust drop: Steady → Fragile (since 2026-06-29)' },
            { WhatId: '001B', Subject: 'Trust drop: Trusted → Steady (since 2026-06-29)' }
        ];
        expect(await store.create(tasks)).toEqual([]);
        // The lost create was committed: nothing is sent twice.
        expect(org.tasks).toEqual(tasks);
        expect(org.retries).toBe(1);
    });

    it('reports a Task the org refused against its account', async () => {
        const org = new FakeOrg(0);
        org.createOnce = async () => [
            {
                success: false,
                errors: [
                    { statusCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', message: 'Priority: bad value' }
                ]
            }
        ];
        const store = new AlertStore(org, '2026-06-30', 'Trust drop: ', 2, noSleep);
        expect(await store.create([{ WhatId: '001A', Subject: 's' }])).toEqual([
            {
                accountId: '001A',
                object: 'Task',
                error: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: Priority: bad value'
            }
        ]);
    });
});
