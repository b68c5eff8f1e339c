// The generic label helpers every module wording the trust model shares (./labelText).
import { formatLabel, nameLookups } from 'c/trustModelMessages';

describe('c-trust-model-messages label helpers', () => {
    describe('formatLabel', () => {
        it('fills each placeholder by its index, in the order the label says', () => {
            expect(formatLabel('{1} of {0}', 'Win rate', 'Weight')).toBe('Weight of Win rate');
            expect(formatLabel('Band {0}, again {0}', 3)).toBe('Band 3, again 3');
            expect(formatLabel('Enter {0} or more.', 0)).toBe('Enter 0 or more.');
        });

        it('leaves a placeholder without an argument visible instead of blank', () => {
            expect(formatLabel('{0}: {1}', 'Half-life')).toBe('Half-life: {1}');
            expect(formatLabel('{0}: {1}', null, undefined)).toBe('{0}: {1}');
        });

        it('inserts an argument as text, never reading it as a placeholder again', () => {
            expect(formatLabel('{0} and {1}', '{1}', 'x')).toBe('{1} and x');
        });
    });

    describe('nameLookups', () => {
        const labels = {
            Signal_Win_Rate: 'Taux de réussite',
            Pillar_Fairness: 'Équité',
            Pillar_Fairness_Question: 'Serez-vous juste ?'
        };

        it('names signals and pillars from the label set it is given', () => {
            const { signalLabel, pillarLabel, pillarQuestion } = nameLookups(labels);
            expect(signalLabel('winRate')).toBe('Taux de réussite');
            expect(pillarLabel('fairness')).toBe('Équité');
            expect(pillarQuestion('fairness')).toBe('Serez-vous juste ?');
        });

        it('shows an id it does not know as it is, and no question for it', () => {
            const { signalLabel, pillarLabel, pillarQuestion } = nameLookups(labels);
            expect(signalLabel('customSignal')).toBe('customSignal');
            expect(pillarLabel('loyalty')).toBe('loyalty');
            expect(pillarQuestion('loyalty')).toBe('');
        });

        it('asks no question of a label set that has none', () => {
            expect(nameLookups({ Pillar_Reliability: 'Reliability' }).pillarQuestion('reliability')).toBe('');
        });
    });
});
