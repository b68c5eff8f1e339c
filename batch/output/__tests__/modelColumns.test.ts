import { defaultModel, type TrustModel } from '../../../engine/model';
import { RESERVED_SIGNAL_IDS, type CustomSignalSetting } from '../../../engine/signals/customSetting';
import { isSignalId } from '../../../engine/catalog';
import { CSV_HEADER } from '../formats';
import { USAGE_SIGNAL } from '../../../test/support/customSignals';
import { customSignalIds, modelCsvCells, modelOfResult } from '../modelColumns';

const base = defaultModel();
const signal = (id: string): CustomSignalSetting => ({ ...USAGE_SIGNAL, id });
const retail: TrustModel = {
    ...base,
    name: 'Retail',
    version: 2,
    customSignals: [signal('usage'), signal('nps')]
};
const bank: TrustModel = {
    ...base,
    name: 'Banking',
    version: 5,
    customSignals: [signal('nps'), signal('csat')]
};

describe('customSignalIds', () => {
    it('lists every custom signal once, in priority order then each model’s order', () => {
        expect(customSignalIds([retail, bank, base])).toEqual(['usage', 'nps', 'csat']);
        expect(customSignalIds([bank, retail])).toEqual(['nps', 'csat', 'usage']);
        expect(customSignalIds([base])).toEqual([]);
    });
});

describe('modelOfResult', () => {
    const models = [retail, bank, base];
    it('finds the model a result names by name and version', () => {
        expect(modelOfResult(models, base, { model: { name: 'Banking', version: 5 } })).toBe(bank);
    });
    it('falls back to the default for a result without a model or naming another version', () => {
        expect(modelOfResult(models, base, {})).toBe(base);
        expect(modelOfResult(models, base, { model: { name: 'Banking', version: 4 } })).toBe(base);
    });
});

describe('modelCsvCells', () => {
    it('gives the name and version, or empty cells', () => {
        expect(modelCsvCells({ model: { name: 'Retail', version: 2 } })).toEqual(['Retail', 2]);
        expect(modelCsvCells({})).toEqual([null, null]);
    });
});

describe('custom signal columns', () => {
    it('can never take a fixed column’s name: the validator reserves every one', () => {
        const reserved = new Set(RESERVED_SIGNAL_IDS.map((id) => id.toLowerCase()));
        const unreserved = CSV_HEADER.filter(
            (column) => !isSignalId(column) && !reserved.has(column.toLowerCase())
        );
        expect(unreserved).toEqual([]);
    });
});
