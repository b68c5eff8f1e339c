import { defaultModel, type TrustModel } from '../../engine/model';
import { openAlertView } from '../alertView';

const task = (id: string, subject: string | null, due: string | null = '2026-07-07') => ({
    Id: id,
    Subject: { value: subject },
    ActivityDate: { value: due }
});
const connection = (...nodes: ReturnType<typeof task>[]) => ({ edges: nodes.map((node) => ({ node })) });

describe('openAlertView', () => {
    it('shows the newest open alert with both bands, since when and when it is due', () => {
        const view = openAlertView(
            connection(
                task('00T2', 'Trust drop: Steady → Fragile (since 2026-06-30)'),
                task('00T1', 'Trust drop: Trusted → Steady (since 2026-03-31)', '2026-04-07')
            ),
            defaultModel()
        );
        expect(view).toEqual({
            recordId: '00T2',
            from: 'Steady',
            to: 'Fragile',
            since: '2026-06-30',
            dueOn: '2026-07-07'
        });
    });

    it('passes over a task LIKE matched that is not an alert of this model', () => {
        const view = openAlertView(
            connection(
                task('00T3', 'TRUST DROP: review pricing'),
                task('00T4', null),
                task('00T2', 'Trust drop: Steady → Fragile (since 2026-06-30)', null)
            ),
            defaultModel()
        );
        expect(view?.recordId).toBe('00T2');
        expect(view?.dueOn).toBeNull();
    });

    it('reads the subject with the model’s own alert settings and bands', () => {
        const model: TrustModel = {
            ...defaultModel(),
            alerts: { enabled: true, sustainRuns: 2, subject: 'Vertrauen', dueInDays: 3, priority: 'High' }
        };
        const nodes = connection(task('00T2', 'Vertrauen: Steady → Fragile (since 2026-06-30)'));
        expect(openAlertView(nodes, model)?.from).toBe('Steady');
        expect(openAlertView(nodes, defaultModel())).toBeNull();
    });

    it('is null without open alerts', () => {
        expect(openAlertView(undefined, defaultModel())).toBeNull();
        expect(openAlertView({ edges: [] }, defaultModel())).toBeNull();
    });
});
