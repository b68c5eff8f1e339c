/** What the preview's record form and its fields share: the UI API shapes they read, error text. */
import { isFetchResponse } from '../../preview/transport/transport';
import type { RecordRepresentation } from '../uiRecordApi/uiRecordApi';

export interface FieldInfo {
    apiName: string;
    label: string;
    dataType: string;
    required?: boolean;
    createable?: boolean;
    updateable?: boolean;
    length?: number;
    scale?: number;
    inlineHelpText?: string | null;
    referenceToInfos?: Array<{ apiName: string; nameFields?: string[] }>;
}

export interface ObjectInfo {
    apiName: string;
    defaultRecordTypeId?: string | null;
    fields: Record<string, FieldInfo>;
}

/** What the form hands each `lightning-input-field`. */
export interface FieldContext {
    objectInfo: ObjectInfo;
    record: RecordRepresentation | null;
}

interface ErrorEntry {
    message?: string;
    errorCode?: string;
}

export interface DescribedError {
    message: string;
    detail: string;
    output: { errors: ErrorEntry[]; fieldErrors: Record<string, ErrorEntry[]> };
    messages: string[];
}

/** The record form's `error` detail and the lines `lightning-messages` shows, from an org error. */
export function describeError(error: unknown): DescribedError {
    const output: DescribedError['output'] = { errors: [], fieldErrors: {} };
    let message =
        error instanceof Error ? error.message : 'An error occurred while trying to update the record.';
    if (isFetchResponse(error)) {
        const body = error.body as
            { message?: string; output?: Partial<DescribedError['output']> } | ErrorEntry[] | undefined;
        if (Array.isArray(body)) output.errors = body;
        else if (body !== undefined) {
            if (typeof body.message === 'string') message = body.message;
            output.errors = body.output?.errors ?? [];
            output.fieldErrors = body.output?.fieldErrors ?? {};
        }
    }
    const lines = [
        ...output.errors.map((entry) => entry.message ?? ''),
        ...Object.values(output.fieldErrors).flatMap((entries) => entries.map((entry) => entry.message ?? ''))
    ].filter((line) => line !== '');
    return { message, detail: lines.join('\n'), output, messages: lines.length > 0 ? lines : [message] };
}
