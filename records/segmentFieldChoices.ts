/**
 * The Account fields a segment can name and the values it can offer, from the UI API's answers
 * the setup page gets (`getObjectInfo` and `getPicklistValuesByRecordType` of Account). A
 * segment compares the field's value as text (engine/segment.ts), and every runtime reads it as
 * text (a GraphQL node's value must be a string), so only fields whose value is one text are
 * offered: a multi-select picklist ("A;B"), a checkbox, a number or a date are not.
 */

/** UI API data types whose value compares as one text. */
const TEXT_LIKE = new Set(['Picklist', 'String', 'Email', 'Phone', 'Url', 'ComboBox']);

/** What this module reads of a `getObjectInfo` answer. */
export interface ObjectInfoLike {
    fields?: Record<string, { apiName?: string; label?: string; dataType?: string } | undefined>;
}

/** What this module reads of a `getPicklistValuesByRecordType` answer. */
export interface PicklistValuesLike {
    picklistFieldValues?: Record<string, { values?: { label: string; value: string }[] } | undefined>;
}

export interface FieldChoice {
    label: string;
    value: string;
    dataType: string;
}

/** The Account fields a segment may name, by label (then API name). */
export function segmentFieldChoices(info: ObjectInfoLike | null | undefined): FieldChoice[] {
    return Object.values(info?.fields ?? {})
        .filter((f): f is { apiName: string; label?: string; dataType: string } =>
            Boolean(f?.apiName && f.dataType && TEXT_LIKE.has(f.dataType))
        )
        .map((f) => ({ label: f.label ?? f.apiName, value: f.apiName, dataType: f.dataType }))
        .sort((a, b) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value));
}

/** Every field of the object by API name (the check that a segment's field is on Account). */
export function objectFieldNames(info: ObjectInfoLike | null | undefined): Set<string> | null {
    return info?.fields ? new Set(Object.keys(info.fields)) : null;
}

/**
 * The values to choose from for `field`: a picklist's active values (master record type, so
 * every record type's); null when the values are typed freely.
 * Values the segment holds that the org does not offer are kept, so an admin sees them.
 */
export function segmentValueChoices(
    field: FieldChoice | undefined,
    picklists: PicklistValuesLike | null | undefined,
    held: readonly string[] = []
): { label: string; value: string }[] | null {
    if (!field) return null;
    if (field.dataType !== 'Picklist') return null;
    const offered = (picklists?.picklistFieldValues?.[field.value]?.values ?? []).map((v) => ({
        label: v.label,
        value: v.value
    }));
    const known = new Set(offered.map((v) => v.value));
    return [...offered, ...held.filter((v) => !known.has(v)).map((v) => ({ label: v, value: v }))];
}
