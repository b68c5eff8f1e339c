import { defaultModel, DEFAULT_ALERTS } from '../../../engine/model';
import type { Driver, TrustResult } from '../../../engine/result';
import type { AlertState } from '../../org/alertStore';
import { AlertSink } from '../alertSink';
import { alertDescription, alertTask, closedAlert } from '../alertTask';

const SETTINGS = { ...DEFAULT_ALERTS, enabled: true, dueInDays: 10, priority: 'Normal' };
const DROP = { from: 'Steady', to: 'Fragile', since: '2026-06-29' };
const driver = (impact: number, summary: string): Driver => ({
    signal: 'winRate',
    pillar: 'understanding',
    impact,
    summary,
    recordIds: []
});

describe('alert Tasks', () => {
    it('lists the three drivers pulling the score down most, worst first', () => {
        const text = alertDescription(DROP, [
            driver(-1, 'small'),
            driver(4, 'good'),
            driver(-9.25, 'worst'),
            driver(-3, 'second'),
            driver(-2, 'third')
        ]);
        expect(text.split('\n').slice(-3)).toEqual([
            '- worst (−9.3 points)',
            '- second (−3.0 points)',
            '- third (−2.0 points)'
        ]);
        expect(text).not.toContain('small');
        expect(alertDescription(DROP, [driver(2, 'good')])).not.toContain('What pulls');
    });

    it('relates the Task to the account, assigns it to the owner and dates it from the run', () => {
        const task = alertTask(
            { accountId: '001A', ownerId: '005O', subject: 's', drop: DROP, drivers: [] },
            SETTINGS,
            '2026-12-25'
        );
        expect(task).toMatchObject({
            WhatId: '001A',
            OwnerId: '005O',
            Subject: 's',
            ActivityDate: '2027-01-04',
            Priority: 'Normal',
            Status: 'Not Started'
        });
        const unowned = alertTask(
            { accountId: '001A', ownerId: null, subject: 's', drop: DROP, drivers: [] },
            SETTINGS,
            '2026-06-30'
        );
        expect(unowned).not.toHaveProperty('OwnerId');
    });

    it('closes an alert below what it said', () => {
        expect(closedAlert('00T1', 'Why.', 'Steady', '2026-07-02')).toEqual({
            Id: '00T1',
            Status: 'Completed',
            Description: 'Why.\n\nClosed on 2026-07-02: the trust band recovered to Steady.'
        });
    });
});

describe('AlertSink', () => {
    const model = defaultModel();
    const result = (accountId: string, band: string): TrustResult =>
        ({ accountId, accountName: `Name ${accountId}`, band, drivers: [] }) as unknown as TrustResult;
    const dropping: AlertState = {
        ownerId: '005O',
        before: [
            { day: '2026-06-29', band: 'Fragile' },
            { day: '2026-06-28', band: 'Steady' }
        ],
        alerts: []
    };

    /** Hands the sink accounts at positions 0, 1, … with today's bands. */
    async function addAll(alerts: AlertSink, ...accounts: [string, string][]): Promise<void> {
        for (const [position, [id, band]] of accounts.entries())
            await alerts.add({ result: result(id, band), position, previous: null, mayUpdateAccount: true });
    }

    function sink(dryRun: boolean, resumedFrom = 0) {
        const created: Record<string, unknown>[][] = [];
        const read: string[][] = [];
        const store = {
            read: async (ids: readonly string[]) => {
                read.push([...ids]);
                return new Map(ids.map((id) => [id, dropping]));
            },
            create: async (tasks: readonly Record<string, unknown>[]) => {
                created.push([...tasks]);
                return [];
            },
            close: async () => []
        };
        const alerts = new AlertSink({
            store,
            model,
            settings: SETTINGS,
            asOf: '2026-06-30',
            resumedFrom,
            dryRun
        });
        return { alerts, created, read };
    }

    it('decides and writes the alerts of a batch when flushed, and only once', async () => {
        const { alerts, created, read } = sink(false);
        await addAll(alerts, ['001A', 'Fragile'], ['001B', 'Steady']);
        await alerts.flush();
        await alerts.flush();
        expect(read).toEqual([['001A', '001B']]);
        expect(created).toHaveLength(1);
        expect(created[0]?.map((t) => t.WhatId)).toEqual(['001A']);
        expect(alerts.created.map((a) => a.subject)).toEqual([
            'Trust drop: Steady → Fragile (since 2026-06-29)'
        ]);
    });

    it('reports in a dry run and writes nothing', async () => {
        const { alerts, created } = sink(true);
        await addAll(alerts, ['001A', 'Fragile']);
        expect(await alerts.flush()).toEqual([]);
        expect(created).toEqual([]);
        expect(alerts.created).toHaveLength(1);
    });

    it('names each alert it closes (or, in a dry run, would close) on a recovery', async () => {
        const open: AlertState = {
            ownerId: '005O',
            before: [],
            alerts: [
                {
                    id: '00T1',
                    subject: 'Trust drop: Steady → Fragile (since 2026-06-01)',
                    closed: false,
                    description: null
                }
            ]
        };
        for (const dryRun of [true, false]) {
            const closes: unknown[][] = [];
            const alerts = new AlertSink({
                store: {
                    read: async (ids: readonly string[]) => new Map(ids.map((id) => [id, open])),
                    create: async () => [],
                    close: async (records: readonly unknown[]) => {
                        closes.push([...records]);
                        return [];
                    }
                },
                model,
                settings: SETTINGS,
                asOf: '2026-06-30',
                resumedFrom: 0,
                dryRun
            });
            await addAll(alerts, ['001A', 'Steady'], ['001B', 'Fragile']);
            await alerts.flush();
            expect(alerts.closedAlerts).toEqual([
                {
                    accountId: '001A',
                    accountName: 'Name 001A',
                    taskId: '00T1',
                    subject: 'Trust drop: Steady → Fragile (since 2026-06-01)',
                    band: 'Steady'
                }
            ]);
            expect(alerts.closed).toBe(1);
            expect(closes).toHaveLength(dryRun ? 0 : 1);
        }
    });

    it('leaves the accounts an interrupted run already wrote to that run', async () => {
        const { alerts, read } = sink(false, 1);
        await addAll(alerts, ['001A', 'Fragile'], ['001B', 'Fragile']);
        await alerts.flush();
        expect(read).toEqual([['001B']]);
    });
});
