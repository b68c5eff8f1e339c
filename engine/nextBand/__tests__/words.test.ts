import type { NextBand } from '../../result';
import { nextBandActionText, nextBandLines } from '../words';

describe('next band in words', () => {
    it('words each action for one record and for several', () => {
        expect(nextBandActionText('deliverOverduePromises', 1)).toBe('Deliver the overdue promise');
        expect(nextBandActionText('deliverOverduePromises', 3)).toBe('Deliver the 3 overdue promises');
        expect(nextBandActionText('resolveEscalations', 2)).toBe('Resolve the 2 open escalations');
        expect(nextBandActionText('completeReferences', 1)).toBe('Complete the requested reference');
    });

    it('lists the steps with their points and records, and says when they fall short', () => {
        const next: NextBand = {
            band: 'Trusted',
            reaches: false,
            steps: [
                { action: 'deliverOverduePromises', recordIds: ['a01', 'a02'], points: 3.25 },
                { action: 'resolveOpenCases', recordIds: ['500A'], points: 0.5 }
            ]
        };
        expect(nextBandLines(next)).toEqual([
            'To reach Trusted:',
            '    +3.3  Deliver the 2 overdue promises (a01, a02)',
            '    +0.5  Resolve the open case (500A)',
            '  These alone do not reach Trusted; new evidence must do the rest.'
        ]);
        expect(nextBandLines({ ...next, reaches: true })).toHaveLength(3);
    });

    it('says so when nothing the account can change now moves the score', () => {
        expect(nextBandLines({ band: 'Steady', reaches: false, steps: [] })).toEqual([
            "To reach Steady: nothing in the account's open records would move the score today."
        ]);
    });
});
