import { defaultModel, type TrustModel } from '../../../engine/model';
import type { ActiveModel } from '../../../batch/org/modelStore';
import { activeModelJson, activeModelLine, pulledFileName } from '../activeModels';

const model = (name: string, segment?: TrustModel['segment']): TrustModel => ({
    ...defaultModel(),
    name,
    version: 4,
    ...(segment ? { segment } : {})
});
const record = (
    m: TrustModel,
    priority: number | null,
    recordId: string | null = 'a0X000000000001AAA'
): ActiveModel => ({
    model: m,
    recordId,
    storedBaselines: null,
    priority
});

describe('pulledFileName', () => {
    it('numbers the files in the order the models are tried, so they list in that order', () => {
        expect(pulledFileName(1, 3, model('Financial services'))).toBe('01-financial-services.json');
        expect(pulledFileName(3, 3, model('Default'))).toBe('03-default.json');
        expect(pulledFileName(7, 120, model('Retail'))).toBe('007-retail.json');
    });

    it('keeps an admin-typed name from naming another folder or a hidden file', () => {
        expect(pulledFileName(1, 2, model('../../etc/passwd'))).toBe('01-etc-passwd.json');
        expect(pulledFileName(2, 2, model('.\u001b[2J'))).toBe('02-2j.json');
        expect(pulledFileName(2, 2, model('Énergie & Télécom'))).toBe('02-energie-telecom.json');
        expect(pulledFileName(2, 2, model('日本'))).toBe('02-model.json');
    });
});

describe('activeModelLine', () => {
    it('names the segment and priority of a segment model, and says the default scores the rest', () => {
        const segment = { field: 'Industry', values: ['Banking', 'Insurance'] };
        expect(activeModelLine(record(model('Financial services', segment), 1), 1)).toBe(
            '1. Financial services v4 — segment Industry: Banking, Insurance — priority 1 — a0X000000000001AAA'
        );
        expect(activeModelLine(record(model('Default'), null, null), 3)).toBe(
            '3. Default v4 — every account no segment holds — priority (none: after those with one) — not in the org (the shipped default)'
        );
    });

    it('prints a name with control characters inert', () => {
        expect(activeModelLine(record(model('Evil\u001b[2J'), null), 1)).toContain('Evil\\x1b[2J v4');
    });
});

describe('activeModelJson', () => {
    it('gives position, name, version, segment, priority and record', () => {
        expect(activeModelJson(record(model('Default'), null), 2)).toEqual({
            position: 2,
            name: 'Default',
            version: 4,
            segment: null,
            priority: null,
            recordId: 'a0X000000000001AAA'
        });
    });
});
