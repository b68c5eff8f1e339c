/**
 * Salesforce record ids as an org hands them out: 3-character key prefix, 2-character pod /
 * instance id, a reserved `0`, a 9-character base-62 sequence, and the 3-character suffix
 * that makes the 18-character form case-insensitive.
 */
import { salesforceIdSuffix } from '../../records/salesforceId';

export { isValidSalesforceId, salesforceIdSuffix } from '../../records/salesforceId';

/** Key prefixes of the objects in the export (and Contact, referenced by references). */
export const KEY_PREFIXES = {
    Account: '001',
    Contact: '003',
    Opportunity: '006',
    OpportunityHistory: '008',
    Case: '500',
    // CaseMilestone's prefix is not in the export contract; any prefix no other exported
    // object uses keeps ids distinct, and a 5xx one matches Service Cloud's numbering.
    CaseMilestone: '5a0',
    Contract: '800',
    // Custom objects get a0… prefixes in creation order; the package creates these two.
    Trust_Commitment__c: 'a0A',
    Customer_Reference__c: 'a0B',
    // Not the package's: the product-usage object a custom signal reads (demo-data --usage).
    Product_Usage__c: 'a0C',
    // Also not the package's: the survey and invoice objects of the other recipes
    // (demo-data --surveys, --invoices), and the standard Event (--meetings). Appended last,
    // so the sequence starts idFactoryFor derives for the objects above stay as they were.
    Survey_Response__c: 'a0D',
    Invoice__c: 'a0E',
    Event: '00U'
} as const;

export type KeyPrefixObject = keyof typeof KEY_PREFIXES;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SEQUENCE_LENGTH = 9;

/**
 * Hands out sequential ids per object, as an org does for records inserted in one run.
 * One factory per export keeps every id unique: prefixes differ between objects, and the
 * sequence never repeats within one.
 */
export class IdFactory {
    private readonly heads: Record<KeyPrefixObject, string>;
    private readonly sequences: Record<KeyPrefixObject, number>;

    /**
     * @param pod the 2-character instance id (e.g. `5g`, `Dn`) shared by all records of the org
     * @param firstSequence where each object's sequence starts; real orgs start well above 0
     */
    constructor(pod: string, firstSequence: (object: KeyPrefixObject) => number) {
        if (!/^[0-9A-Za-z]{2}$/.test(pod)) throw new Error(`invalid pod id: ${pod}`);
        const heads = {} as Record<KeyPrefixObject, string>;
        const sequences = {} as Record<KeyPrefixObject, number>;
        for (const object of Object.keys(KEY_PREFIXES) as KeyPrefixObject[]) {
            heads[object] = `${KEY_PREFIXES[object]}${pod}0`;
            sequences[object] = firstSequence(object);
        }
        this.heads = heads;
        this.sequences = sequences;
    }

    next(object: KeyPrefixObject): string {
        const sequence = this.sequences[object]++;
        let tail = '';
        let rest = sequence;
        for (let i = 0; i < SEQUENCE_LENGTH; i++) {
            tail = BASE62.charAt(rest % 62) + tail;
            rest = Math.floor(rest / 62);
        }
        if (rest > 0) throw new Error(`id sequence of ${object} overflowed`);
        const id15 = this.heads[object] + tail;
        return id15 + salesforceIdSuffix(id15);
    }
}
