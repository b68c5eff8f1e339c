/**
 * Documented length limits of the texts our metadata sets, by metadata type and element. The
 * schema says only "string"; the org refuses the deploy when one of these is too long. Each
 * row names where Salesforce documents the limit. Lengths count characters after XML entities
 * are decoded (`&lt;` is one character).
 */

export interface LengthLimit {
    max: number;
    documentedIn: string;
}

const limit = (max: number, documentedIn: string): LengthLimit => ({ max, documentedIn });

const OBJECT_REFERENCE = 'Object Reference';
const FIELD_HELP = 'Salesforce Help, Custom Field Attributes';

export const LENGTH_LIMITS: Readonly<Record<string, Readonly<Record<string, LengthLimit>>>> = {
    PermissionSet: {
        label: limit(80, `${OBJECT_REFERENCE}, PermissionSet.Label`),
        description: limit(255, `${OBJECT_REFERENCE}, PermissionSet.Description`)
    },
    CustomPermission: {
        label: limit(80, `${OBJECT_REFERENCE}, CustomPermission.MasterLabel`),
        description: limit(255, `${OBJECT_REFERENCE}, CustomPermission.Description`)
    },
    CustomObject: {
        label: limit(40, 'Salesforce Help, Custom Object Attributes'),
        pluralLabel: limit(40, 'Salesforce Help, Custom Object Attributes'),
        description: limit(1000, 'Salesforce Help, Custom Object Attributes')
    },
    CustomField: {
        label: limit(40, FIELD_HELP),
        description: limit(1000, FIELD_HELP),
        inlineHelpText: limit(510, FIELD_HELP)
    },
    CustomValue: {
        fullName: limit(255, 'Salesforce Help, Picklist Limits'),
        label: limit(255, 'Salesforce Help, Picklist Limits')
    },
    ValidationRule: {
        description: limit(255, 'Salesforce Help, Define Validation Rules'),
        errorMessage: limit(255, 'Tooling API, ValidationRule.ErrorMessage'),
        errorConditionFormula: limit(3900, 'Salesforce Help, Formula Field Limits and Restrictions')
    },
    CustomLabel: {
        value: limit(1000, 'Metadata API, CustomLabels')
    },
    ListView: {
        label: limit(40, 'Salesforce Help, Create a Custom List View')
    }
};
