/**
 * Field values as the UI API returns them (GraphQL `{ value, displayValue }`, record
 * representations and object info): the UI API data type of a field, its value typed as JSON
 * (booleans, numbers, `yyyy-mm-dd` dates, `…sssZ` datetimes, strings) and its display value.
 *
 * Display values follow the UI API "Field Value" reference: non-null only when the value can
 * be localized (picklist labels), is a date, datetime or currency formatted for the user, or
 * is a related record; for plain text, numbers, percents, checkboxes and ids it is null.
 * Unsure: whether GraphQL formats Number/Percent fields after all (the reference does not list
 * them, so they stay null here), and the exact currency format (formatted here as en_US USD
 * with the field's scale, e.g. `$1,234.50`). The local org's user is en_US in GMT.
 */
import type { LocalField } from '../schema';

/** UI API `dataType` of a field (object info, record representations). */
const DATA_TYPES: Record<string, string> = {
    Id: 'Id',
    AutoNumber: 'String',
    Text: 'String',
    TextArea: 'TextArea',
    LongTextArea: 'TextArea',
    Email: 'Email',
    Phone: 'Phone',
    Url: 'Url',
    Number: 'Double',
    Currency: 'Currency',
    Percent: 'Percent',
    Checkbox: 'Boolean',
    Date: 'Date',
    DateTime: 'DateTime',
    Picklist: 'Picklist',
    Lookup: 'Reference',
    MasterDetail: 'Reference'
};

export function uiDataType(field: LocalField): string {
    return DATA_TYPES[field.spec.type] ?? 'String';
}

/** A stored SQLite value as the UI API's JSON value. */
export function uiValue(field: LocalField, stored: unknown): string | number | boolean | null {
    if (stored === null || stored === undefined) return null;
    switch (field.kind) {
        case 'boolean':
            return stored === 1 || stored === true;
        case 'number':
            return Number(stored);
        default:
            // Dates are stored as `yyyy-mm-dd`, datetimes as `yyyy-mm-ddThh:mm:ss.sssZ`: the UI API forms.
            return String(stored);
    }
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `2026-06-30` → `6/30/2026` (en_US short date). */
export function displayDate(day: string): string {
    const [year, month, date] = day.split('-').map(Number);
    return `${month ?? ''}/${date ?? ''}/${year ?? ''}`;
}

/** `2026-06-30T13:05:00.000Z` → `6/30/2026 1:05 PM` (en_US short datetime as the UI API docs show it, GMT). */
export function displayDateTime(instant: string): string {
    const at = new Date(instant);
    const hours = at.getUTCHours();
    const hour12 = hours % 12 === 0 ? 12 : hours % 12;
    return `${at.getUTCMonth() + 1}/${at.getUTCDate()}/${at.getUTCFullYear()} ${hour12}:${pad2(at.getUTCMinutes())} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** `1234.5` → `$1,234.50` with the field's scale. */
export function displayCurrency(amount: number, scale: number): string {
    const text = Math.abs(amount).toLocaleString('en-US', {
        minimumFractionDigits: scale,
        maximumFractionDigits: scale
    });
    return `${amount < 0 ? '-' : ''}$${text}`;
}

/** The display value of a stored value, or null where the UI API gives none. */
export function uiDisplayValue(field: LocalField, stored: unknown): string | null {
    if (stored === null || stored === undefined) return null;
    switch (field.spec.type) {
        case 'Date':
            return displayDate(String(stored));
        case 'DateTime':
            return displayDateTime(String(stored));
        case 'Currency':
            return displayCurrency(Number(stored), field.spec.scale ?? 2);
        case 'Picklist':
            // The label; this package's picklist labels equal their API names (FieldSpec keeps only those).
            return String(stored);
        default:
            return null;
    }
}
