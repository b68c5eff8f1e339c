import { dryRunJson } from '../dryRunJson';

describe('dryRunJson', () => {
    it('lists the alerts a dry run would create, the drop flattened, and those it would close', () => {
        const json = dryRunJson({
            created: [
                {
                    accountId: '001A',
                    accountName: 'Acme',
                    subject: 'Trust drop: Steady → Fragile (since 2026-06-29)',
                    drop: { from: 'Steady', to: 'Fragile', since: '2026-06-29' }
                }
            ],
            closedAlerts: [
                {
                    accountId: '001B',
                    accountName: null,
                    taskId: '00T1',
                    subject: 'Trust drop: x',
                    band: 'Steady'
                }
            ]
        });
        expect(json).toEqual({
            alerts: {
                create: [
                    {
                        accountId: '001A',
                        accountName: 'Acme',
                        subject: 'Trust drop: Steady → Fragile (since 2026-06-29)',
                        from: 'Steady',
                        to: 'Fragile',
                        since: '2026-06-29'
                    }
                ],
                close: [
                    {
                        accountId: '001B',
                        accountName: null,
                        taskId: '00T1',
                        subject: 'Trust drop: x',
                        band: 'Steady'
                    }
                ]
            }
        });
    });

    it('says null when the model has alerts off, and empty lists when none would change', () => {
        expect(dryRunJson(undefined)).toEqual({ alerts: null });
        expect(dryRunJson({ created: [], closedAlerts: [] })).toEqual({ alerts: { create: [], close: [] } });
    });
});
