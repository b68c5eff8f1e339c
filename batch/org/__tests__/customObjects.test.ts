import { defaultModel, type TrustModel } from '../../../engine/model';
import { customExportObjects, type CustomExportObject } from '../../exports/exportSchema';
import { USAGE_SIGNAL } from '../../../test/support/customSignals';
import { customQuery } from '../customObjects';
import { OrgDataError } from '../errors';
import type { OrgApi } from '../orgApi';

const model: TrustModel = { ...defaultModel(), customSignals: [USAGE_SIGNAL] };
const usage = customExportObjects(model)[0] as CustomExportObject;

/** An org whose describe of each object gives these fields (an object it lacks: NOT_FOUND). */
function orgWith(fields: Record<string, string[]>): OrgApi {
    const fieldNames = (name: string): Promise<Set<string>> => {
        const names = fields[name];
        if (names === undefined)
            return Promise.reject(Object.assign(new Error(name), { errorCode: 'NOT_FOUND' }));
        return Promise.resolve(new Set(names.map((n) => n.toLowerCase())));
    };
    return { fieldNames } as unknown as OrgApi;
}

describe('customQuery', () => {
    it('reads the columns the model’s custom signal needs, of rows that name an account', async () => {
        const api = orgWith({
            Product_Usage__c: ['Id', 'account__c', 'Week__c', 'Active_Users__c', 'Type__c', 'Notes__c']
        });
        expect(await customQuery(api, usage)).toEqual({
            soql: 'SELECT Id, Account__c, Week__c, Active_Users__c, Type__c FROM Product_Usage__c WHERE Account__c != null',
            fields: ['Id', 'Account__c', 'Week__c', 'Active_Users__c', 'Type__c'],
            link: 'Account__c'
        });
    });

    it('follows the signal’s account lookup and fields', async () => {
        const meetings: TrustModel = {
            ...defaultModel(),
            customSignals: [
                {
                    ...USAGE_SIGNAL,
                    object: 'Event',
                    accountField: 'AccountId',
                    dateField: 'ActivityDate',
                    aggregate: 'count',
                    valueField: null,
                    filter: {}
                }
            ]
        };
        const api = orgWith({ Event: ['Id', 'AccountId', 'ActivityDate', 'Subject'] });
        const query = await customQuery(api, customExportObjects(meetings)[0] as CustomExportObject);
        expect(query?.soql).toBe('SELECT Id, AccountId, ActivityDate FROM Event WHERE AccountId != null');
    });

    it('reads nothing from an org without the object', async () => {
        expect(await customQuery(orgWith({}), usage)).toBeNull();
    });

    it('names a field the signal needs that this user cannot read', async () => {
        const api = orgWith({ Product_Usage__c: ['Id', 'Account__c', 'Week__c', 'Type__c'] });
        const query = customQuery(api, usage);
        await expect(query).rejects.toThrow(OrgDataError);
        await expect(customQuery(api, usage)).rejects.toThrow(
            'Product_Usage__c: required field Active_Users__c'
        );
    });
});
