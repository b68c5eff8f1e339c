import { evaluateFormula, FormulaError } from '../../tools/metadata/formula';

const NOW = new Date('2026-06-30T12:00:00Z');
const run = (formula: string, record: Record<string, unknown> = {}, prior?: Record<string, unknown>) =>
    evaluateFormula(formula, {
        record,
        ...(prior === undefined ? {} : { prior }),
        permissions: new Set(['Allowed']),
        now: NOW
    });

describe('validation-rule formula evaluator', () => {
    it('binds & tighter than <> and both tighter than AND / OR', () => {
        expect(
            run('K__c <> A__c & ":" & TEXT(D__c)', { K__c: 'x:2026-06-30', A__c: 'x', D__c: '2026-06-30' })
        ).toBe(false);
        expect(run('OR(1 > 2, AND(TRUE, 3 >= 3))')).toBe(true);
        expect(run('1 + 2 * 3 = 7 && NOT(FALSE)')).toBe(true);
    });

    it('subtracts dates and date-times in days against TODAY() and NOW()', () => {
        expect(run('ABS(D__c - TODAY()) > 1', { D__c: '2026-06-28' })).toBe(true);
        expect(run('ABS(D__c - TODAY()) > 1', { D__c: '2026-07-01' })).toBe(false);
        expect(run('ABS(T__c - NOW()) > 1', { T__c: '2026-06-30T01:00:00.000Z' })).toBe(false);
    });

    it('treats a blank number, date or lookup as null and blank text as ""', () => {
        expect(run('ISBLANK(N__c) && ISBLANK(TEXT(P__c))', { N__c: null })).toBe(true);
        expect(run('ABS(N__c - TODAY()) > 1', { N__c: null })).toBe(false);
    });

    it('knows new records, changes and permissions', () => {
        expect(run('ISNEW()')).toBe(true);
        expect(run('ISCHANGED(S__c)', { S__c: 'b' }, { S__c: 'a' })).toBe(true);
        expect(run('ISCHANGED(S__c)', { S__c: 'a' })).toBe(false);
        expect(run('$Permission.Allowed && NOT($Permission.Other)')).toBe(true);
        expect(run('ISPICKVAL(S__c, "Batch")', { S__c: 'Batch' })).toBe(true);
    });

    it('refuses what it does not implement instead of guessing', () => {
        expect(() => run('PRIORVALUE(S__c) = "a"')).toThrow(FormulaError);
        expect(() => run('AND(TRUE')).toThrow(/expected "\)"/);
    });
});
