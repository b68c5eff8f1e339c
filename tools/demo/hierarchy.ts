/**
 * A few account hierarchies in the demo org, so the roll-up to the parent account shows:
 * in every block of `BLOCK` accounts, the first is a parent with three children, and the
 * first child has a child of its own (a three-level tree). The shape depends on the position
 * only, never on a random stream, so adding it changed no account's evidence; the ids kept are
 * those of the current block, so memory stays bounded at any size.
 */

/** Accounts per block; 150 demo accounts hold five hierarchies. */
export const BLOCK = 30;

/** Position in its block of each child → position of its parent in the block. */
const PARENT_IN_BLOCK = new Map<number, number>([
    [1, 0],
    [2, 0],
    [3, 0],
    [4, 1]
]);

export class DemoHierarchy {
    private readonly block = new Map<number, string>();

    /** The ParentId of the account at `index` (accounts are generated in index order). */
    parentOf(index: number): string | null {
        const at = PARENT_IN_BLOCK.get(index % BLOCK);
        return at === undefined ? null : (this.block.get(at) ?? null);
    }

    /** Remembers the id of the account at `index` while later accounts of its block may need it. */
    record(index: number, id: string): void {
        const at = index % BLOCK;
        if (at === 0) this.block.clear();
        if ([...PARENT_IN_BLOCK.values()].includes(at)) this.block.set(at, id);
    }
}
