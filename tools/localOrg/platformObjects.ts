/**
 * Standard objects and fields every org has that Trust Ledger itself never reads, added to
 * the local org's schema so that a client meets them as it would in Salesforce:
 *
 * - fields a real org requires on create (Opportunity `Name`, Contact `LastName`, a User's
 *   `Username`, `LastName`, `Email`, `Alias` and locale keys), so a loader that forgets one
 *   fails here with REQUIRED_FIELD_MISSING instead of in the customer's org;
 * - the parts of a compound name (`FirstName`, `LastName`) from which the platform derives
 *   Contact and User `Name`, which no client may set (see platformRules.ts);
 * - the `Organization` row the Salesforce CLI reads when it stores a login, and the User's
 *   `Username` it reads through `/services/oauth2/userinfo` (see identity.ts).
 *
 * Lengths and required flags follow the Salesforce object reference. User `ProfileId` is left
 * out: the local org has no Profile object, and creates no users through the API.
 */
import type { FieldSpec, ObjectCatalog } from '../metadata';

const field = (label: string, type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec => ({
    label,
    type,
    required: false,
    unique: false,
    externalId: false,
    ...extra
});

const text = (label: string, length: number, required = false): FieldSpec =>
    field(label, 'Text', { length, required });

const requiredPicklist = (label: string): FieldSpec =>
    field(label, 'Picklist', { required: true, restrictedPicklist: false });

export const PLATFORM_OBJECTS: ObjectCatalog = {
    Opportunity: {
        label: 'Opportunity',
        fields: { Name: text('Name', 120, true) }
    },
    Contact: {
        label: 'Contact',
        fields: { FirstName: text('First Name', 40), LastName: text('Last Name', 80, true) }
    },
    User: {
        label: 'User',
        fields: {
            Username: field('Username', 'Text', { length: 80, required: true, unique: true }),
            FirstName: text('First Name', 40),
            LastName: text('Last Name', 80, true),
            Email: field('Email', 'Email', { length: 128, required: true }),
            Alias: text('Alias', 8, true),
            TimeZoneSidKey: requiredPicklist('Time Zone'),
            LocaleSidKey: requiredPicklist('Locale'),
            EmailEncodingKey: requiredPicklist('Email Encoding'),
            LanguageLocaleKey: requiredPicklist('Language')
        }
    },
    Organization: {
        label: 'Organization',
        fields: {
            Id: field('Organization ID', 'Id'),
            Name: text('Name', 80, true),
            InstanceName: text('Instance Name', 5),
            IsSandbox: field('Is Sandbox', 'Checkbox', { defaultValue: false }),
            TrialExpirationDate: field('Trial Expiration Date', 'DateTime'),
            NamespacePrefix: text('Namespace Prefix', 15),
            OrganizationType: requiredPicklist('Edition')
        }
    }
};
