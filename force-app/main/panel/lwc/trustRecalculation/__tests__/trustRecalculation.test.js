// "Recalculate" without the DOM: the evidence page and receipts are the panel's payloads
// (trustPanel/__tests__/data, shaped like UI API GraphQL responses), the expected numbers the
// batch CLI's for the same export and day.
import { EvidencePager, activeModelVersion, defaultModel, storedReceipts } from 'c/trustEngine';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { recalculation, renewalRequest, renewedContracts, storeReceipt } from 'c/trustRecalculation';

const PANEL = require('../../trustPanel/__tests__/data/panelQuery.json');
const EVIDENCE = {
    core: require('../../trustPanel/__tests__/data/evidenceCore.json'),
    opportunityHistory: require('../../trustPanel/__tests__/data/evidenceOpportunityHistory.json'),
    caseMilestones: require('../../trustPanel/__tests__/data/evidenceCaseMilestones.json')
};
const CLI = require('../../trustPanel/__tests__/data/cliScore.json').accounts[0];

const ACCOUNT_ID = '001Kd00000xIcgVIAS';
const NOW = new Date('2026-06-30T15:00:00.000Z');

function pager() {
    const p = new EvidencePager(ACCOUNT_ID);
    while (p.nextQuery) p.add(EVIDENCE[p.nextQuery].uiapi.query);
    return p;
}

describe('c-trust-recalculation', () => {
    beforeEach(() => jest.clearAllMocks());

    it("computes today's receipt as the batch does, against the newest earlier receipt", () => {
        const version = activeModelVersion(PANEL.uiapi.query.Trust_Model__c);
        const receipts = storedReceipts(PANEL.uiapi.query.Trust_Score__c);
        const run = recalculation(pager(), {}, version, receipts, NOW);
        expect(run.asOf).toBe('2026-06-30');
        expect(run.result.score).toBe(CLI.score);
        expect(run.result.pillars).toEqual(CLI.pillars);
        expect(run.previousAsOf).toBe('2026-06-29');
        expect(run.record).toMatchObject({ Key__c: `${ACCOUNT_ID}:2026-06-30`, Model__c: version.recordId });
        expect(run.receipt).toMatchObject({
            asOf: '2026-06-30',
            score: CLI.score,
            modelVersion: 2,
            source: 'Panel'
        });
        expect(run.accountFields).toEqual({
            Id: ACCOUNT_ID,
            Current_Trust_Score__c: CLI.score,
            Current_Trust_Band__c: CLI.band,
            Trust_Score_Change__c: Math.round((CLI.score - 57.8) * 10) / 10,
            Trust_Scored_On__c: '2026-06-30'
        });
    });

    it('asks for the renewal-contract field only when the model names one and there are renewals', () => {
        expect(renewalRequest(defaultModel(), pager())).toBeNull();
        const model = defaultModel();
        model.mappings.renewalContractField = 'SBQQ__RenewedContract__c';
        const request = renewalRequest(model, pager());
        expect(request.field).toBe('SBQQ__RenewedContract__c');
        expect(request.records[0].optionalFields).toEqual(['Opportunity.SBQQ__RenewedContract__c']);
        expect(request.records[0].recordIds.length).toBeGreaterThan(0);
        model.mappings.renewalOpportunityTypes = ['No Such Type'];
        expect(renewalRequest(model, pager())).toBeNull();
    });

    it('reads the renewal-contract lookups from getRecords and tells an unreadable field', () => {
        const data = {
            results: [
                {
                    statusCode: 200,
                    result: {
                        id: '006A',
                        fields: { SBQQ__RenewedContract__c: { value: '800A', displayValue: null } }
                    }
                },
                {
                    statusCode: 200,
                    result: { id: '006B', fields: { SBQQ__RenewedContract__c: { value: null } } }
                },
                { statusCode: 404, result: [{ errorCode: 'NOT_FOUND', message: 'gone' }] }
            ]
        };
        expect(renewedContracts(data, 'SBQQ__RenewedContract__c')).toEqual({
            renewed: { '006A': '800A', '006B': null },
            readable: true
        });
        const hidden = { results: [{ statusCode: 200, result: { id: '006A', fields: {} } }] };
        expect(renewedContracts(hidden, 'SBQQ__RenewedContract__c')).toEqual({
            renewed: {},
            readable: false
        });
    });

    it('creates a new receipt, updates an existing one, and rereads after DUPLICATE_VALUE', async () => {
        const record = {
            Key__c: `${ACCOUNT_ID}:2026-06-30`,
            Account__c: ACCOUNT_ID,
            As_Of__c: '2026-06-30',
            Score__c: 50
        };
        createRecord.mockResolvedValue({ id: 'new' });
        updateRecord.mockResolvedValue({});
        await storeReceipt(record, [], jest.fn());
        expect(createRecord).toHaveBeenCalledWith({ apiName: 'Trust_Score__c', fields: record });

        await storeReceipt(record, [{ id: 'a0D1', key: record.Key__c }], jest.fn());
        expect(updateRecord).toHaveBeenLastCalledWith({
            fields: { Id: 'a0D1', As_Of__c: '2026-06-30', Score__c: 50 }
        });

        const duplicate = {
            body: { output: { errors: [{ errorCode: 'DUPLICATE_VALUE', message: 'dup' }] } }
        };
        createRecord.mockRejectedValue(duplicate);
        const reread = jest.fn().mockResolvedValue([{ id: 'a0D2', key: record.Key__c }]);
        await storeReceipt(record, [], reread);
        expect(reread).toHaveBeenCalledTimes(1);
        expect(updateRecord).toHaveBeenLastCalledWith({
            fields: { Id: 'a0D2', As_Of__c: '2026-06-30', Score__c: 50 }
        });

        await expect(storeReceipt(record, [], jest.fn().mockResolvedValue([]))).rejects.toBe(duplicate);
        const other = { body: { message: 'locked', errorCode: 'UNABLE_TO_LOCK_ROW' } };
        createRecord.mockRejectedValue(other);
        const untouched = jest.fn();
        await expect(storeReceipt(record, [], untouched)).rejects.toBe(other);
        expect(untouched).not.toHaveBeenCalled();
    });

    it("leaves the batch's receipt of today alone when told to keep it, also after DUPLICATE_VALUE", async () => {
        const record = { Key__c: `${ACCOUNT_ID}:2026-06-30`, Account__c: ACCOUNT_ID, Score__c: 50 };
        const batch = { id: 'a0D3', key: record.Key__c, source: 'Batch' };
        const panel = { id: 'a0D4', key: record.Key__c, source: 'Panel' };
        updateRecord.mockResolvedValue({});
        await expect(storeReceipt(record, [batch], jest.fn(), { keepBatch: true })).resolves.toBe(
            'keptBatch'
        );
        expect(updateRecord).not.toHaveBeenCalled();

        createRecord.mockRejectedValue({
            body: { output: { errors: [{ errorCode: 'DUPLICATE_VALUE', message: 'dup' }] } }
        });
        const reread = jest.fn().mockResolvedValue([batch]);
        await expect(storeReceipt(record, [], reread, { keepBatch: true })).resolves.toBe('keptBatch');
        expect(updateRecord).not.toHaveBeenCalled();

        // The panel's own earlier receipt, or any receipt when all evidence was read, is updated.
        await expect(storeReceipt(record, [panel], jest.fn(), { keepBatch: true })).resolves.toBe('stored');
        await expect(storeReceipt(record, [batch], jest.fn())).resolves.toBe('stored');
        expect(updateRecord.mock.calls.map((call) => call[0].fields.Id)).toEqual(['a0D4', 'a0D3']);
    });
});
