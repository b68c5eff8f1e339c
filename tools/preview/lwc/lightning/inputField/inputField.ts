/**
 * The preview's `lightning-input-field` (see `recordEditForm` for why): one field of the
 * enclosing record form, drawn from the field's UI API describe with the base components:
 * text, text area, number, date, checkbox, picklist (values from the org's picklist values) and
 * lookup (a combobox of the referenced object's records, by name, read through the UI API
 * GraphQL endpoint; the platform's lookup searches instead). Label, required-ness and help
 * come from the describe, as in an org.
 */
import { LightningElement, api } from 'lwc';
import { request } from '../../preview/transport/transport';
import type { FieldContext, FieldInfo } from '../recordEditForm/formSupport';

interface Option {
    label: string;
    value: string;
}

interface Validatable {
    reportValidity(): boolean;
}

const MASTER_RECORD_TYPE = '012000000000000AAA';
const optionsCache = new Map<string, Promise<Option[]>>();

function picklistOptions(objectName: string, recordTypeId: string, field: string): Promise<Option[]> {
    const key = `picklist:${objectName}.${field}`;
    let options = optionsCache.get(key);
    if (options === undefined) {
        options = request<{ values: Array<{ label: string; value: string }> }>(
            'GET',
            `ui-api/object-info/${encodeURIComponent(objectName)}/picklist-values/${encodeURIComponent(recordTypeId)}/${encodeURIComponent(field)}`
        ).then((body) => body.values.map((value) => ({ label: value.label, value: value.value })));
        optionsCache.set(key, options);
    }
    return options;
}

interface LookupNode {
    Id: string;
    [field: string]: unknown;
}

function lookupOptions(objectName: string, nameField: string): Promise<Option[]> {
    const key = `lookup:${objectName}.${nameField}`;
    let options = optionsCache.get(key);
    if (options === undefined) {
        const query = `query previewLookup { uiapi { query { ${objectName}(first: 200, orderBy: { ${nameField}: { order: ASC } }) { edges { node { Id ${nameField} { value } } } } } } }`;
        options = request<{
            data?: { uiapi: { query: Record<string, { edges: Array<{ node: LookupNode }> }> } };
        }>('POST', 'graphql', { query, variables: {} }).then((body) =>
            (body.data?.uiapi.query[objectName]?.edges ?? []).map(({ node }) => ({
                value: node.Id,
                label: String((node[nameField] as { value?: unknown } | undefined)?.value ?? node.Id)
            }))
        );
        optionsCache.set(key, options);
    }
    return options;
}

export default class InputField extends LightningElement {
    /** The field: an API name (`Description__c` or `Object.Field`) or a `@salesforce/schema` field id. */
    @api fieldName: string | { fieldApiName: string } | null = null;
    /** Marks the field required even where the describe does not. */
    @api required = false;
    @api disabled = false;
    /** Accepted for compatibility; the stand-in always stacks labels. */
    @api variant: string | null = null;

    currentValue: unknown = undefined;
    options: Option[] = [];
    private context: FieldContext | null = null;
    private valueGiven = false;

    /** The field's value: what the user entered, else what the parent set, else the record's. */
    @api
    get value(): unknown {
        return this.currentValue;
    }
    set value(value: unknown) {
        this.currentValue = value;
        this.valueGiven = true;
    }

    /** Set by the preview's `lightning-record-edit-form`; not a platform attribute. */
    @api
    get previewContext(): FieldContext | null {
        return this.context;
    }
    set previewContext(context: FieldContext | null) {
        this.context = context;
        const info = this.info;
        if (context === null || info === null) return;
        if (!this.valueGiven && context.record !== null)
            this.currentValue = context.record.fields[info.apiName]?.value;
        void this.loadOptions(context, info);
    }

    @api reportValidity(): boolean {
        const root = this.template as unknown as { querySelector(selector: string): Validatable | null };
        const input = root.querySelector('lightning-input, lightning-textarea, lightning-combobox');
        return input === null ? true : input.reportValidity();
    }

    @api reset(): void {
        this.currentValue = undefined;
        this.valueGiven = false;
    }

    private get name(): string | null {
        const value = this.fieldName;
        if (value === null || value === undefined) return null;
        const text = typeof value === 'string' ? value : value.fieldApiName;
        return text.includes('.') ? text.slice(text.indexOf('.') + 1) : text;
    }

    private get info(): FieldInfo | null {
        const name = this.name;
        return name === null ? null : (this.context?.objectInfo.fields[name] ?? null);
    }

    private get type(): string {
        return this.info?.dataType ?? '';
    }

    get label(): string {
        return this.info?.label ?? this.name ?? '';
    }

    get help(): string | undefined {
        return this.info?.inlineHelpText ?? undefined;
    }

    get isRequired(): boolean {
        return this.required || this.info?.required === true;
    }

    get maxLength(): number | undefined {
        return ['String', 'TextArea', 'Email', 'Phone', 'Url'].includes(this.type)
            ? this.info?.length
            : undefined;
    }

    get isTextArea(): boolean {
        return this.type === 'TextArea';
    }

    get isChoice(): boolean {
        return this.type === 'Picklist' || this.type === 'Reference';
    }

    get isCheckbox(): boolean {
        return this.type === 'Boolean';
    }

    get isInput(): boolean {
        return this.info !== null && !this.isTextArea && !this.isChoice && !this.isCheckbox;
    }

    get placeholder(): string {
        return this.type === 'Reference'
            ? `Select a ${this.info?.referenceToInfos?.[0]?.apiName ?? 'record'}`
            : '--None--';
    }

    get inputType(): string {
        switch (this.type) {
            case 'Date':
                return 'date';
            case 'DateTime':
                return 'datetime';
            case 'Double':
            case 'Int':
            case 'Currency':
            case 'Percent':
                return 'number';
            case 'Email':
                return 'email';
            case 'Phone':
                return 'tel';
            case 'Url':
                return 'url';
            default:
                return 'text';
        }
    }

    get step(): string | undefined {
        if (this.inputType !== 'number') return undefined;
        const scale = this.info?.scale ?? 0;
        return scale > 0 ? String(1 / 10 ** scale) : '1';
    }

    handleChange(event: { detail: { value: unknown } }): void {
        const value = event.detail.value;
        this.currentValue =
            this.inputType === 'number' && value !== '' && value !== null ? Number(value) : value;
    }

    handleCheck(event: { detail: { checked: boolean } }): void {
        this.currentValue = event.detail.checked;
    }

    private async loadOptions(context: FieldContext, info: FieldInfo): Promise<void> {
        try {
            if (info.dataType === 'Picklist')
                this.options = await picklistOptions(
                    context.objectInfo.apiName,
                    context.objectInfo.defaultRecordTypeId ?? MASTER_RECORD_TYPE,
                    info.apiName
                );
            else if (info.dataType === 'Reference') {
                const target = info.referenceToInfos?.[0];
                if (target !== undefined)
                    this.options = await lookupOptions(target.apiName, target.nameFields?.[0] ?? 'Name');
            }
        } catch {
            // The field stays usable without choices; the form's save reports what the org refuses.
            this.options = [];
        }
    }
}
