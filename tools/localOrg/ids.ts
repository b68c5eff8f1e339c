/**
 * Record ids as an org hands them out: a 3-character key prefix per object, a 2-character
 * instance id, a reserved `0`, a 9-character base-62 sequence and the 3-character checksum
 * suffix of the 18-character form. Standard objects keep their real prefixes; custom objects
 * get `a0…` prefixes, remembered in the store so they never change once handed out.
 */
import { KEY_PREFIXES } from '../demo/salesforceId';
import { salesforceIdSuffix } from '../../records/salesforceId';

/** The instance id of records the local org creates (imported records keep theirs). */
export const LOCAL_POD = 'LO';

/** Real key prefixes of the standard objects; the demo export's prefixes for its custom objects. */
export const KNOWN_KEY_PREFIXES: Readonly<Record<string, string>> = {
    ...KEY_PREFIXES,
    User: '005',
    Organization: '00D',
    Task: '00T',
    Event: '00U'
};

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID15_RE = /^[0-9A-Za-z]{15}$/;
const ID18_RE = /^[0-9A-Za-z]{18}$/;

/** Builds the id of sequence number `sequence` under a prefix and pod. */
export function makeId(prefix: string, sequence: number, pod: string = LOCAL_POD): string {
    let tail = '';
    let rest = sequence;
    for (let i = 0; i < 9; i++) {
        tail = BASE62.charAt(rest % 62) + tail;
        rest = Math.floor(rest / 62);
    }
    if (rest > 0) throw new Error(`id sequence overflowed for prefix ${prefix}`);
    const id15 = `${prefix}${pod}0${tail}`;
    return id15 + salesforceIdSuffix(id15);
}

/**
 * The 18-character form of a 15- or 18-character id, or `null` when the text is not an id.
 * An 18-character id must carry the checksum of its first 15 characters.
 */
export function normalizeId(text: string): string | null {
    if (ID15_RE.test(text)) return text + salesforceIdSuffix(text);
    if (ID18_RE.test(text)) {
        const id15 = text.slice(0, 15);
        return salesforceIdSuffix(id15) === text.slice(15).toUpperCase()
            ? id15 + text.slice(15).toUpperCase()
            : null;
    }
    return null;
}

/**
 * Prefixes for every object of the schema: known ones first, then custom objects in name
 * order take the next free `a0X` prefix. `assigned` (from the store) wins, so a prefix never
 * changes once records carry it.
 */
export function assignKeyPrefixes(
    objects: string[],
    assigned: Record<string, string>
): Record<string, string> {
    const result: Record<string, string> = { ...assigned };
    const used = new Set(Object.values(result));
    for (const object of objects) {
        if (result[object] !== undefined) continue;
        const known = KNOWN_KEY_PREFIXES[object];
        if (known !== undefined && !used.has(known)) {
            result[object] = known;
            used.add(known);
        }
    }
    let next = 0;
    for (const object of [...objects].sort()) {
        if (result[object] !== undefined) continue;
        let prefix: string;
        do {
            if (next >= 62 * 62) throw new Error('out of custom object key prefixes');
            prefix = `a${BASE62.charAt(Math.floor(next / 62))}${BASE62.charAt(next % 62)}`;
            next++;
        } while (used.has(prefix));
        result[object] = prefix;
        used.add(prefix);
    }
    return result;
}
