/**
 * The preview's `lightning-record-edit-form`, which lightning-base-components does not carry
 * (the platform's needs Lightning Data Service). The smallest stand-in that behaves the same
 * for a component: it reads the object's describe (and the record, with `record-id`) from the
 * local org's UI API, hands it to the `lightning-input-field`s and `lightning-messages` in its
 * slot, and on submit fires a cancelable `submit` with `detail.fields`; `submit(fields)` (or an
 * uncancelled submit) saves through `createRecord`/`updateRecord` and fires `success` with the
 * saved record or `error` with the org's message and `output` (errors, fieldErrors), which
 * `lightning-messages` shows. No layouts, record types or dependent picklists.
 */
import { LightningElement, api } from 'lwc';
import { request } from '../../preview/transport/transport';
import { createRecord, updateRecord, type RecordRepresentation } from '../uiRecordApi/uiRecordApi';
import { describeError, type FieldContext, type ObjectInfo } from './formSupport';

interface FieldElement {
    fieldName: unknown;
    value: unknown;
    previewContext: FieldContext | null;
    reportValidity(): boolean;
}

interface MessagesElement {
    previewMessages: string[];
}

export default class RecordEditForm extends LightningElement {
    /** The object of the record to create or edit. */
    @api objectApiName: string | { objectApiName: string } | null = null;
    /** The record to edit; none creates one. */
    @api recordId: string | null = null;
    /** Accepted for compatibility; the preview's org has the master record type only. */
    @api recordTypeId: string | null = null;
    /** Accepted for compatibility; layout density does not change the stand-in. */
    @api density: string | null = null;

    private objectInfo: ObjectInfo | null = null;
    private record: RecordRepresentation | null = null;
    private messages: string[] = [];
    private loadedFor: string | null = null;

    private get objectName(): string | null {
        const value = this.objectApiName;
        if (value === null || value === undefined) return null;
        return typeof value === 'string' ? value : value.objectApiName;
    }

    override renderedCallback(): void {
        const key = `${this.objectName ?? ''}/${this.recordId ?? ''}`;
        if (this.objectName !== null && key !== this.loadedFor) {
            this.loadedFor = key;
            void this.load(this.objectName);
        }
    }

    handleSlotChange(): void {
        this.distribute();
    }

    handleFormSubmit(event: Event): void {
        // The native submit stays inside: the host's `submit` is the form's own event below
        // (synthetic shadow would otherwise let the native one reach the host's listeners).
        event.preventDefault();
        event.stopPropagation();
        const fields: Record<string, unknown> = {};
        let valid = true;
        for (const field of this.fieldElements()) {
            if (!field.reportValidity()) valid = false;
            const name = fieldNameOf(field.fieldName);
            if (name !== null && field.value !== undefined && field.value !== '') fields[name] = field.value;
        }
        if (!valid) return;
        const submit = new CustomEvent('submit', { cancelable: true, detail: { fields } });
        this.dispatchEvent(submit);
        if (!submit.defaultPrevented) void this.submit(fields);
    }

    /** Saves `fields` (create, or update of `record-id`); fires `success` or `error`. */
    @api async submit(fields: Record<string, unknown>): Promise<void> {
        this.setMessages([]);
        try {
            const saved =
                this.recordId !== null && this.recordId !== undefined
                    ? await updateRecord({ fields: { ...fields, Id: this.recordId } })
                    : await createRecord({ apiName: this.objectName ?? '', fields });
            this.dispatchEvent(new CustomEvent('success', { detail: saved }));
        } catch (error) {
            const detail = describeError(error);
            this.setMessages(detail.messages);
            this.dispatchEvent(
                new CustomEvent('error', {
                    detail: { message: detail.message, detail: detail.detail, output: detail.output }
                })
            );
        }
    }

    private async load(objectName: string): Promise<void> {
        try {
            this.objectInfo = await request<ObjectInfo>(
                'GET',
                `ui-api/object-info/${encodeURIComponent(objectName)}`
            );
            if (this.recordId) {
                const fields = Object.keys(this.objectInfo.fields).map((name) => `${objectName}.${name}`);
                this.record = await request<RecordRepresentation>(
                    'GET',
                    `ui-api/records/${encodeURIComponent(this.recordId)}?optionalFields=${encodeURIComponent(fields.join(','))}`
                );
            }
            this.distribute();
            this.dispatchEvent(
                new CustomEvent('load', {
                    detail: {
                        objectInfos: { [objectName]: this.objectInfo },
                        records: this.record === null ? {} : { [this.record.id]: this.record }
                    }
                })
            );
        } catch (error) {
            this.setMessages(describeError(error).messages);
        }
    }

    private fieldElements(): FieldElement[] {
        return [...this.querySelectorAll('lightning-input-field')] as unknown as FieldElement[];
    }

    private setMessages(messages: string[]): void {
        this.messages = messages;
        for (const element of [
            ...this.querySelectorAll('lightning-messages')
        ] as unknown as MessagesElement[])
            element.previewMessages = messages;
    }

    /** Hands the describe (and the record's values) to the fields in the slot. */
    private distribute(): void {
        if (this.objectInfo === null) return;
        for (const field of this.fieldElements())
            field.previewContext = { objectInfo: this.objectInfo, record: this.record };
        this.setMessages(this.messages);
    }
}

function fieldNameOf(value: unknown): string | null {
    if (typeof value === 'string') return value.includes('.') ? value.slice(value.indexOf('.') + 1) : value;
    if (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { fieldApiName?: unknown }).fieldApiName === 'string'
    )
        return (value as { fieldApiName: string }).fieldApiName;
    return null;
}
