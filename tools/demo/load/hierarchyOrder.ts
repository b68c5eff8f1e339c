/**
 * Records of one object that name another of the same object (Account.ParentId), in the order
 * an org can create them: a lookup needs its target's org id, so an account is created in a
 * later call than its parent. Records come in waves by depth (the tops, then their children …);
 * an export without hierarchies is a single wave, which costs no call more than before.
 *
 * A ParentId chain that comes back to where it started cannot be created in any order: bad
 * input, refused with the file, line and the accounts of the cycle before the org is touched.
 */
import { CsvInputError } from '../../../batch/exports/errors';
import type { LoadItem } from './plan';

/** The reference of `item` to a record of its own object, if any. */
function selfParent(item: LoadItem): string | null {
    for (const ref of Object.values(item.refs)) if (ref.object === item.object) return ref.sourceId;
    return null;
}

/** `items` in waves: every record's parent of the same object is in an earlier wave. */
export function selfReferenceWaves(items: readonly LoadItem[]): LoadItem[][] {
    const byId = new Map(items.map((item) => [item.sourceId, item]));
    const depth = new Map<string, number>();
    for (const item of items) {
        // Walk up to a record of known depth (or a top), then number the path on the way down.
        const path: LoadItem[] = [];
        const onPath = new Set<string>();
        let at: LoadItem | undefined = item;
        while (at !== undefined && !depth.has(at.sourceId)) {
            if (onPath.has(at.sourceId)) throw cycleError(path, at);
            onPath.add(at.sourceId);
            path.push(at);
            const parent = selfParent(at);
            at = parent === null ? undefined : byId.get(parent);
        }
        let d = at === undefined ? -1 : (depth.get(at.sourceId) as number);
        for (let i = path.length - 1; i >= 0; i--) depth.set((path[i] as LoadItem).sourceId, ++d);
    }
    const waves: LoadItem[][] = [];
    for (const item of items) (waves[depth.get(item.sourceId) as number] ??= []).push(item);
    return waves;
}

function cycleError(path: LoadItem[], again: LoadItem): CsvInputError {
    const cycle = path.slice(path.indexOf(again));
    const field = Object.entries(again.refs).find(([, ref]) => ref.object === again.object)?.[0] ?? null;
    const names = [...cycle, again].map((item) => item.sourceId).join(' → ');
    return new CsvInputError(
        again.file,
        again.line,
        field,
        `${names}: the records are each other's parents, so none can be created first`
    );
}
