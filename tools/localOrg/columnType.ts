/**
 * The type of a column of an extra object's CSV file (one the catalog does not describe),
 * inferred from every value it holds, as an admin reading the file would: `Id` is the record
 * id; ids whose key prefix belongs to one object are a lookup to it; then numbers, dates,
 * datetimes, true/false, and text when nothing narrower fits every value.
 */
import type { FieldSpec } from '../metadata';
import { normalizeId } from './ids';
import { isDay, normalizeDateTime } from './values';

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const BOOLEAN_RE = /^(true|false)$/i;
/** Text longer than a Text field holds is a long text area, as Salesforce sizes them. */
const TEXT_LENGTH = 255;
const LONG_TEXT_LENGTH = 131_072;

/** What a column's values are; fed one cell at a time so a file is read once, in a stream. */
export class ColumnStats {
    private values = 0;
    private ids = true;
    private readonly prefixes = new Set<string>();
    private numbers = true;
    private scale = 0;
    private days = true;
    private instants = true;
    private booleans = true;
    private longest = 0;

    constructor(readonly name: string) {}

    add(text: string): void {
        if (text === '') return;
        this.values++;
        this.longest = Math.max(this.longest, text.length);
        if (this.ids) {
            if (normalizeId(text) === null) this.ids = false;
            else this.prefixes.add(text.slice(0, 3));
        }
        if (this.numbers) {
            if (NUMBER_RE.test(text)) this.scale = Math.max(this.scale, decimals(text));
            else this.numbers = false;
        }
        if (this.days && !isDay(text)) this.days = false;
        if (this.instants && (isDay(text) || normalizeDateTime(text) === null)) this.instants = false;
        if (this.booleans && !BOOLEAN_RE.test(text)) this.booleans = false;
    }

    /** Key prefixes of the values while every value is an id. */
    get prefixesSeen(): readonly string[] {
        return this.ids ? [...this.prefixes] : [];
    }

    /** Whether any row had a value: a column without one has nothing to infer from. */
    get empty(): boolean {
        return this.values === 0;
    }

    /**
     * The field these values make; `objectOfPrefix` names the object whose ids carry a key
     * prefix. Null for a column without values.
     */
    field(objectOfPrefix: (prefix: string) => string | undefined): FieldSpec | null {
        if (this.values === 0) return null;
        const spec = (type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec => ({
            label: labelOf(this.name),
            type,
            required: false,
            unique: false,
            externalId: false,
            ...extra
        });
        if (this.name.toLowerCase() === 'id') return spec('Id');
        const target = this.ids ? sameObject([...this.prefixes].map(objectOfPrefix)) : undefined;
        if (target !== undefined) return spec('Lookup', { referenceTo: target });
        if (this.numbers) return spec('Number', { precision: 18, scale: this.scale });
        if (this.days) return spec('Date');
        if (this.instants) return spec('DateTime');
        if (this.booleans) return spec('Checkbox', { defaultValue: false });
        return this.longest > TEXT_LENGTH
            ? spec('LongTextArea', { length: LONG_TEXT_LENGTH })
            : spec('Text', { length: TEXT_LENGTH });
    }
}

function decimals(text: string): number {
    const point = text.indexOf('.');
    return point < 0 ? 0 : text.length - point - 1;
}

/** The one object all prefixes belong to; undefined when one is unknown or they differ. */
function sameObject(objects: (string | undefined)[]): string | undefined {
    const first = objects[0];
    return first !== undefined && objects.every((o) => o === first) ? first : undefined;
}

/** `Active_Users__c` → `Active Users`, `AccountId` → `Account ID`: the label a field would get. */
export function labelOf(apiName: string): string {
    const base = apiName.replace(/__c$/i, '');
    if (/Id$/.test(base) && base.length > 2) return `${base.slice(0, -2).replace(/_/g, ' ')} ID`;
    return base.replace(/_/g, ' ');
}
