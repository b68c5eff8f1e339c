/**
 * Reading UI API GraphQL nodes. Every field arrives as `{ value, displayValue }`; `value` is
 * typed as the UI API types it (boolean, number, ISO `yyyy-mm-dd` date, ISO datetime with
 * `Z`, string) and is null when the record has none. A field the user cannot see is absent
 * from the schema, so the query fails as a whole instead of returning a silent null.
 */
import { parseDay, parseInstant } from '../engine/dates';
import type { Day, Instant } from '../engine/evidence';

/** A UI API GraphQL record node: `Id` plain, other fields `{ value, displayValue }`. */
export type GraphqlNode = Readonly<Record<string, unknown>>;

/** A connection as the UI API returns it. */
export interface GraphqlConnection {
    edges?: ReadonlyArray<{ node?: GraphqlNode | null } | null> | null;
    pageInfo?: { hasNextPage?: boolean | null; endCursor?: string | null } | null;
    totalCount?: number | null;
}

/** A value the adapters cannot read: names the object, record and field, never guesses. */
export class GraphqlValueError extends Error {
    constructor(object: string, id: string, field: string, detail: string) {
        super(`${object} ${id}: ${field} ${detail}`);
        this.name = 'GraphqlValueError';
    }
}

export function nodesOf(connection: GraphqlConnection | null | undefined): GraphqlNode[] {
    const out: GraphqlNode[] = [];
    for (const edge of connection?.edges ?? []) if (edge?.node) out.push(edge.node);
    return out;
}

/** Reads the fields of one node of one object, naming both in any error. */
export class NodeReader {
    readonly id: string;

    constructor(
        private readonly object: string,
        private readonly node: GraphqlNode
    ) {
        const id = node.Id;
        if (typeof id !== 'string' || id === '')
            throw new GraphqlValueError(object, '(no Id)', 'Id', 'is missing');
        this.id = id;
    }

    raw(field: string): unknown {
        const cell = this.node[field];
        if (cell === null || cell === undefined) return null;
        if (typeof cell !== 'object' || !('value' in cell)) {
            throw new GraphqlValueError(this.object, this.id, field, 'is not a { value } field');
        }
        const value = (cell as { value: unknown }).value;
        return value === undefined ? null : value;
    }

    text(field: string): string | null {
        const value = this.raw(field);
        if (value === null) return null;
        if (typeof value !== 'string') throw this.error(field, value, 'text');
        return value;
    }

    id_(field: string): string | null {
        const value = this.text(field);
        return value === '' ? null : value;
    }

    bool(field: string): boolean {
        const value = this.raw(field);
        if (value === null) return false;
        if (typeof value !== 'boolean') throw this.error(field, value, 'true or false');
        return value;
    }

    num(field: string): number | null {
        const value = this.raw(field);
        if (value === null) return null;
        const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isFinite(n)) throw this.error(field, value, 'a number');
        return n;
    }

    day(field: string): Day | null {
        const value = this.text(field);
        if (value === null || value === '') return null;
        const day = parseDay(value);
        if (day === null) throw this.error(field, value, 'a date (yyyy-mm-dd)');
        return day;
    }

    instant(field: string): Instant | null {
        const value = this.text(field);
        if (value === null || value === '') return null;
        const instant = parseInstant(value);
        if (instant === null) throw this.error(field, value, 'a datetime (ISO 8601)');
        return instant;
    }

    /** A parent relationship's node (`Model__r { … }`), or null. */
    parent(relationship: string): NodeReader | null {
        const parent = this.node[relationship];
        if (parent === null || parent === undefined || typeof parent !== 'object') return null;
        const withId = { Id: this.id, ...(parent as GraphqlNode) };
        return new NodeReader(`${this.object}.${relationship}`, withId);
    }

    private error(field: string, value: unknown, expected: string): GraphqlValueError {
        return new GraphqlValueError(
            this.object,
            this.id,
            field,
            `is ${JSON.stringify(value)}, expected ${expected}`
        );
    }
}
