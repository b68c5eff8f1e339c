import { IdFactory, isValidSalesforceId, KEY_PREFIXES, salesforceIdSuffix } from '../salesforceId';

describe('Salesforce ids', () => {
    it('computes the case-insensitivity suffix chunk by chunk', () => {
        // No upper-case letters: every chunk's mask is 0 → "A".
        expect(salesforceIdSuffix('001000000000000')).toBe('AAA');
        // All upper-case: mask 31 → "5".
        expect(salesforceIdSuffix('ABCDEABCDEABCDE')).toBe('555');
        // The first character of a chunk is the lowest bit: "A0000" → 1 → "B", "0000A" → 16 → "Q".
        expect(salesforceIdSuffix('A00000000A0000A')).toBe('BQQ');
        expect(salesforceIdSuffix('0015g00000AbCdE')).toBe('AAV');
    });

    it('tells ids that differ only in case apart', () => {
        const lower = '0015g00000abcde';
        const upper = '0015g00000ABCDE';
        expect(salesforceIdSuffix(lower)).not.toBe(salesforceIdSuffix(upper));
    });

    it('validates 18-character ids', () => {
        expect(isValidSalesforceId('0015g00000AbCdEAAV')).toBe(true);
        expect(isValidSalesforceId('0015g00000AbCdEAAA')).toBe(false);
        expect(isValidSalesforceId('0015g00000AbCdE')).toBe(false);
        expect(isValidSalesforceId('0015g00000AbC-EAAV')).toBe(false);
    });

    it('hands out sequential, valid, unique ids with the object key prefix', () => {
        const ids = new IdFactory('5g', () => 61);
        const first = ids.next('Account');
        const second = ids.next('Account');
        expect(first).toBe('0015g000000000zAAA');
        expect(second.slice(0, 15)).toBe('0015g0000000010');
        expect(ids.next('Case').startsWith(KEY_PREFIXES.Case)).toBe(true);
        const seen = new Set<string>();
        for (let i = 0; i < 5000; i++) seen.add(ids.next('Opportunity'));
        expect(seen.size).toBe(5000);
        for (const id of seen) expect(isValidSalesforceId(id)).toBe(true);
    });

    it('rejects a malformed pod id', () => {
        expect(() => new IdFactory('5-', () => 0)).toThrow(/pod/);
    });
});
