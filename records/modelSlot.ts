/**
 * Which model a stored `Trust_Model__c` version is a version of, and which active versions
 * are in force: with models per segment several models are active at once, each with its own
 * versions. The save (which versions it replaces), the batch, the panel and the setup page
 * (which versions score) all take the rule from here.
 */
/**
 * Which model a version is a version of, with models per segment: the default (no segment),
 * or a segment's model by its name. A save replaces the active versions of its own model and
 * leaves the other segments' models active.
 */
export function modelSlot(model: { name: string; segment?: unknown }): string {
    return model.segment ? `segment:${model.name}` : 'default';
}

/** The slot of a stored version, from its Name and Definition__c (unreadable: the default's). */
export function storedModelSlot(name: string, definition: string | null): string {
    try {
        const parsed = JSON.parse(definition ?? '') as { segment?: unknown } | null;
        return modelSlot({ name, segment: parsed?.segment });
    } catch {
        return modelSlot({ name });
    }
}

/** What {@link versionsInForce} needs to know of a stored version. */
export interface ForceKey {
    slot: string;
    version: number;
    /** `Priority__c`: lower is tried first; null (none set) after every number. */
    priority: number | null;
}

/**
 * The versions in force among active ones, in the order accounts try them: one per model
 * ({@link modelSlot}), the newest (two are active for a moment while a save replaces one),
 * ordered by priority, lowest first, no priority last, equal priorities newest first. The
 * batch, the panel and the setup page all read the active models through this one rule.
 */
export function versionsInForce<T>(rows: readonly T[], keyOf: (row: T) => ForceKey): T[] {
    const keyed = rows.map((row) => ({ row, key: keyOf(row) }));
    const newestFirst = [...keyed].sort((a, b) => b.key.version - a.key.version);
    const seen = new Set<string>();
    const kept = newestFirst.filter(({ key }) => {
        if (seen.has(key.slot)) return false;
        seen.add(key.slot);
        return true;
    });
    const rank = (p: number | null): number => p ?? Number.POSITIVE_INFINITY;
    return kept
        .sort((a, b) =>
            rank(a.key.priority) !== rank(b.key.priority)
                ? rank(a.key.priority) < rank(b.key.priority)
                    ? -1
                    : 1
                : b.key.version - a.key.version
        )
        .map(({ row }) => row);
}
