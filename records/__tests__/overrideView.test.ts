import { defaultModel } from '../../engine/model';
import { parseDay } from '../../engine/dates';
import { overrideInForceView, receiptToday } from '../overrideView';
import type { StoredReceipt } from '../storedReceipt';

const node = (id: string, band: string, expires: string, created: string, by?: string | null) => ({
    Id: id,
    Account__c: { value: '001000000000001AAA' },
    Band__c: { value: band },
    Reason__c: { value: 'Sponsor confirmed the renewal' },
    Expires_On__c: { value: expires },
    CreatedDate: { value: created },
    ...(by === undefined ? {} : { CreatedBy: by === null ? null : { Name: { value: by } } })
});
const connection = (...nodes: ReturnType<typeof node>[]) => ({ edges: nodes.map((n) => ({ node: n })) });
const TODAY = parseDay('2026-06-30') as number;

describe('overrideInForceView', () => {
    it('shows the latest override in force with who set it and when', () => {
        const view = overrideInForceView(
            connection(
                node('a0O2', 'Fragile', '2026-07-31', '2026-05-01T09:00:00.000Z', 'Sam Ortiz'),
                node('a0O1', 'Trusted', '2026-07-15', '2026-06-01T23:30:00.000Z', 'Dana Reyes')
            ),
            defaultModel(),
            TODAY
        );
        expect(view).toEqual({
            recordId: 'a0O1',
            band: 'Trusted',
            reason: 'Sponsor confirmed the renewal',
            expiresOn: '2026-07-15',
            setOn: '2026-06-01',
            setBy: 'Dana Reyes'
        });
    });

    it('has no name when the creator was not selected or not readable', () => {
        for (const by of [undefined, null]) {
            const view = overrideInForceView(
                connection(node('a0O1', 'Trusted', '2026-07-15', '2026-06-01T09:00:00.000Z', by)),
                defaultModel(),
                TODAY
            );
            expect(view?.setBy).toBeNull();
        }
    });

    it('is null without an override in force', () => {
        expect(overrideInForceView(undefined, defaultModel(), TODAY)).toBeNull();
        expect(
            overrideInForceView(
                connection(node('a0O1', 'Trusted', '2026-06-29', '2026-06-01T09:00:00.000Z')),
                defaultModel(),
                TODAY
            )
        ).toBeNull();
    });
});

describe('receiptToday', () => {
    const receipt = (band: string | null, computedBand: string | null) =>
        ({ id: 'a0S1', band, computedBand }) as unknown as StoredReceipt;
    const view = overrideInForceView(
        connection(node('a0O1', 'Trusted', '2026-07-15', '2026-06-01T09:00:00.000Z')),
        defaultModel(),
        TODAY
    );

    it('shows the band of the override in force, set after the receipt', () => {
        expect(receiptToday(receipt('Fragile', 'Fragile'), view).band).toBe('Trusted');
    });

    it('shows the band the evidence earned once the override stored with the receipt has ended', () => {
        const shown = receiptToday(receipt('Trusted', 'Fragile'), null);
        expect(shown).toMatchObject({ id: 'a0S1', band: 'Fragile', computedBand: 'Fragile' });
    });

    it('leaves a receipt without an override as it is', () => {
        const plain = receipt('Steady', 'Steady');
        expect(receiptToday(plain, null)).toBe(plain);
    });
});
