import { normaliseBaselines } from '../../../engine/baselines';
import { formatSummary } from '../../org/summary';
import type { OrgRunSummary } from '../../run/summary';
import { emptyEvidence } from '../../../engine/evidence';
import { defaultModel } from '../../../engine/model';
import { scoreAccount } from '../../../engine/score';
import { inertLines, inertResult, inertText } from '../terminalText';

/** What a terminal acts on: every C0/C1 control but the line feed, DEL and the bidi controls. */
const UNSAFE =
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('inertText', () => {
    it.each([
        ['ESC sequences', 'a\x1b[2Jb\x1b]0;title\x07c', 'a\\x1b[2Jb\\x1b]0;title\\x07c'],
        ['line breaks and tabs', 'one\r\ntwo\tthree', 'one\\x0d\\x0atwo\\x09three'],
        ['NUL, DEL and C1 CSI', '\x00\x7f\u009b31m', '\\x00\\x7f\\x9b31m'],
        [
            'bidi overrides and isolates',
            'abc\u202Egpj.exe\u2066x\u2069\u200F',
            'abc\\u202egpj.exe\\u2066x\\u2069\\u200f'
        ],
        ['Unicode line separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
        ['lone surrogates', 'x\ud800y\udc00z', 'x\uFFFDy\uFFFDz']
    ])('shows %s as visible escapes', (_what, text, shown) => {
        expect(inertText(text)).toBe(shown);
        expect(inertText(text)).not.toMatch(UNSAFE);
    });

    it('leaves ordinary text alone, accents, other scripts and emoji included', () => {
        for (const text of ['Globex, Inc.', 'Société Générale', 'שלום עולם', '株式会社', 'Rocket 🚀 Ltd', ''])
            expect(inertText(text)).toBe(text);
    });

    it('keeps the line breaks of a message the product composed, and only those', () => {
        expect(inertLines('first\nsecond \x1b[31mred\r')).toBe('first\nsecond \\x1b[31mred\\x0d');
    });
});

describe('the run summary', () => {
    const summary: OrgRunSummary = {
        model: { name: 'Model\x1b[8m', version: 2, recordId: 'a01000000000001AAA', fellBackToDefault: false },
        baselines: normaliseBaselines(null),
        baselinesSource: 'computed',
        accountsInOrg: 2,
        accountsScored: 2,
        resumedFrom: 0,
        bands: { 'Steady\x1b[2J': 2 },
        movers: [
            {
                accountId: '001000000000001AAA',
                accountName: 'Acme\x1b]0;pwned\x07\nFAKE',
                previous: 40,
                score: 60
            }
        ],
        failures: [
            {
                object: 'Trust_Score__c',
                accountId: '001000000000002AAA',
                error: 'bad value \x1b[31m\u202Edrowssap'
            }
        ],
        written: true,
        bulkJobs: 0,
        apiCalls: 5,
        retries: 0,
        limitsBefore: null,
        limitsAfter: null,
        stoppedByLimit: null,
        rows: 10
    } as OrgRunSummary;

    it('prints names, band names and the org errors with their escapes visible', () => {
        const text = formatSummary(summary, {
            instanceUrl: 'http://127.0.0.1:1',
            asOf: '2026-06-30',
            dryRun: false
        });
        expect(text).not.toMatch(UNSAFE);
        expect(text).toContain('Acme\\x1b]0;pwned\\x07\\x0aFAKE (001000000000001AAA): 40.0 → 60.0');
        expect(text).not.toMatch(/^FAKE/m);
        expect(text).toContain('Model\\x1b[8m v2');
        expect(text).toContain('Steady\\x1b[2J: 2');
        expect(text).toContain('bad value \\x1b[31m\\u202edrowssap');
    });
});

describe('inertResult', () => {
    it("makes the next band's name and its steps' record ids inert, and keeps their numbers", () => {
        const result = {
            ...scoreAccount(
                emptyEvidence({ id: '001A', name: null }),
                defaultModel(),
                normaliseBaselines(null),
                0
            ),
            nextBand: {
                band: 'Steady\x1b[2J',
                reaches: false,
                steps: [
                    { action: 'deliverOverduePromises' as const, recordIds: ['a0A\x1b]0;x\x07'], points: 3.6 }
                ]
            }
        };
        expect(inertResult(result).nextBand).toEqual({
            band: 'Steady\\x1b[2J',
            reaches: false,
            steps: [{ action: 'deliverOverduePromises', recordIds: ['a0A\\x1b]0;x\\x07'], points: 3.6 }]
        });
        expect(inertResult({ ...result, nextBand: undefined }).nextBand).toBeUndefined();
    });
});

describe('inertResult, roll-up and override', () => {
    const base = scoreAccount(
        emptyEvidence({ id: '001A', name: null }),
        defaultModel(),
        normaliseBaselines(null),
        0
    );

    it("makes an override's reason, bands and record id inert, and a roll-up's band and lowest Id", () => {
        const result = {
            ...base,
            override: {
                band: 'Trusted\x1b[2J',
                reason: 'Signed\r\nFAKE line \u202Etxt',
                expiresOn: '2026-08-31',
                recordId: 'a0O\x1b]0;x\x07',
                computedBand: 'At Risk\x9b'
            },
            rollup: {
                score: 61.2,
                band: 'Steady\x1b[8m',
                children: 3,
                lowest: { accountId: '001B\x07', score: 40 },
                weightBasis: 'mixed' as const
            }
        };
        const inert = inertResult(result);
        expect(inert.override).toEqual({
            band: 'Trusted\\x1b[2J',
            reason: 'Signed\\x0d\\x0aFAKE line \\u202etxt',
            expiresOn: '2026-08-31',
            recordId: 'a0O\\x1b]0;x\\x07',
            computedBand: 'At Risk\\x9b'
        });
        expect(inert.rollup).toEqual({
            score: 61.2,
            band: 'Steady\\x1b[8m',
            children: 3,
            lowest: { accountId: '001B\\x07', score: 40 },
            weightBasis: 'mixed'
        });
    });

    it('adds neither where the result has none, and keeps nulls', () => {
        expect(inertResult(base)).not.toHaveProperty('override');
        expect(inertResult(base)).not.toHaveProperty('rollup');
        const rollup = { score: null, band: null, children: 1, lowest: null, weightBasis: 'equal' as const };
        expect(inertResult({ ...base, rollup }).rollup).toEqual(rollup);
    });
});
