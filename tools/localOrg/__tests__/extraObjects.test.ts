import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extraObjectsOf } from '../extraObjects';
import { makeId } from '../ids';
import { localCatalog } from '../schema';

let dir: string;
beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-extra-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, text: string): void => writeFileSync(path.join(dir, file), text);
const catalog = localCatalog();
const account = makeId('001', 1);

describe('extraObjectsOf', () => {
    it('makes an object of each CSV file the catalog does not describe, and only of those', async () => {
        write('Account.csv', `Id,Name\n${account},Acme\n`);
        write('Product_Usage__c.csv', `Id,Account__c,Week__c\n${makeId('a0X', 1)},${account},2026-01-05\n`);
        write('notes 2026.csv', 'a\n1\n');
        write('scores.csv', 'accountId,score\n1,\n');
        write('Readme.txt', 'not a CSV');
        const extra = await extraObjectsOf(dir, catalog);
        expect(Object.keys(extra)).toEqual(['Product_Usage__c']);
        expect(extra.Product_Usage__c?.label).toBe('Product Usage');
        expect(extra.Product_Usage__c?.fields.Account__c).toMatchObject({
            type: 'Lookup',
            referenceTo: 'Account',
            relationshipName: 'Account__r',
            childRelationshipName: 'Product_Usages__r'
        });
    });

    it('leaves the platform’s fields and headers that name no field to the import', async () => {
        write(
            'Survey__c.csv',
            `Id,Account__c,CreatedDate,Account.Name,Score__c\n${makeId('a3A', 1)},${account},2026-01-05T10:00:00.000Z,Acme,9\n`
        );
        const fields = (await extraObjectsOf(dir, catalog)).Survey__c?.fields ?? {};
        expect(Object.keys(fields)).toEqual(['Account__c', 'Score__c']);
        write('Survey__c.fields.json', JSON.stringify({ fields: { LastModifiedDate: 'DateTime' } }));
        await expect(extraObjectsOf(dir, catalog)).rejects.toThrow(
            'Survey__c.fields.json: column LastModifiedDate: not a field a sidecar can declare'
        );
    });

    it('links an extra object to another by the key prefix of its ids', async () => {
        const invoice = makeId('a1Q', 7);
        write('Invoice__c.csv', `Id,Account__c,Amount__c\n${invoice},${account},120.50\n`);
        write('Payment__c.csv', `Id,Invoice__c,Paid_On__c\n${makeId('a1R', 1)},${invoice},2026-02-01\n`);
        const extra = await extraObjectsOf(dir, catalog);
        expect(extra.Payment__c?.fields.Invoice__c).toMatchObject({
            type: 'Lookup',
            referenceTo: 'Invoice__c',
            childRelationshipName: 'Payments__r'
        });
        expect(extra.Invoice__c?.fields.Amount__c).toMatchObject({ type: 'Number', scale: 2 });
    });

    it('names a second lookup to the same parent after its field', async () => {
        write(
            'Handover__c.csv',
            `Id,From_Account__c,To_Account__c\n${makeId('a2A', 1)},${account},${account}\n`
        );
        const fields = (await extraObjectsOf(dir, catalog)).Handover__c?.fields;
        expect(fields?.From_Account__c?.childRelationshipName).toBe('Handovers__r');
        expect(fields?.To_Account__c?.childRelationshipName).toBe('Handovers_To_Account__r');
    });

    it('lets the sidecar declare a type and fields the file lacks, keeping the values’ decimals', async () => {
        write(
            'Survey__c.csv',
            `Id,Account__c,Score__c,Channel__c\n${makeId('a3A', 1)},${account},8.5,Email\n`
        );
        write(
            'Survey__c.fields.json',
            JSON.stringify({
                label: 'NPS survey',
                fields: { Score__c: 'Percent', Channel__c: 'Picklist', Taken_On__c: 'Date' }
            })
        );
        const survey = (await extraObjectsOf(dir, catalog)).Survey__c;
        expect(survey?.label).toBe('NPS survey');
        expect(survey?.fields.Score__c).toMatchObject({ type: 'Percent', scale: 1 });
        expect(survey?.fields.Channel__c).toMatchObject({ type: 'Picklist' });
        expect(survey?.fields.Taken_On__c).toMatchObject({ type: 'Date' });
    });

    it('refuses a sidecar without its CSV file, or one for a catalog object', async () => {
        write('Survey__c.fields.json', '{}');
        await expect(extraObjectsOf(dir, catalog)).rejects.toThrow(
            'Survey__c.fields.json: no Survey__c.csv beside it'
        );
        rmSync(path.join(dir, 'Survey__c.fields.json'));
        write('Case.csv', 'Id\n');
        write('Case.fields.json', '{}');
        await expect(extraObjectsOf(dir, catalog)).rejects.toThrow(
            'Case.fields.json: describes an object of the catalog, whose fields come from its metadata'
        );
    });

    it('refuses a sidecar that is not JSON, naming it', async () => {
        write('Survey__c.csv', `Id,Score__c\n${makeId('a3A', 1)},8\n`);
        write('Survey__c.fields.json', '{ fields: ');
        await expect(extraObjectsOf(dir, catalog)).rejects.toThrow(
            /^Survey__c\.fields\.json: not valid JSON/
        );
    });
});
