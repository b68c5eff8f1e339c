/**
 * Bounds on a GraphQL request checked before it is parsed: the parser, the validator, the
 * executor and the `where` → SOQL translation all recurse once per nesting level, so a query
 * or variables nested thousands of levels deep would exhaust the stack instead of failing.
 *
 * The platform runs graphql-java, whose parser stops at 15,000 tokens by default; the local
 * org uses the same token limit, and refuses nesting deeper than `MAX_GRAPHQL_NESTING`, far
 * beyond what a component's query needs (the components' deepest nests 8 levels).
 */

export const MAX_GRAPHQL_NESTING = 100;
export const MAX_GRAPHQL_TOKENS = 15_000;

/**
 * How deep `{`, `[` and `(` nest in a GraphQL document, outside strings and comments;
 * stops counting once past `limit`.
 */
export function documentNesting(text: string, limit: number = MAX_GRAPHQL_NESTING): number {
    let depth = 0;
    let deepest = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '#') {
            while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
        } else if (c === '"') {
            i = text.startsWith('"""', i) ? skipBlockString(text, i) : skipString(text, i);
        } else if (c === '{' || c === '[' || c === '(') {
            depth++;
            if (depth > deepest) deepest = depth;
            if (deepest > limit) return deepest;
        } else if (c === '}' || c === ']' || c === ')') {
            depth = Math.max(0, depth - 1);
        }
    }
    return deepest;
}

/** Index of the closing quote of the string opened at `start` (or the end of the line). */
function skipString(text: string, start: number): number {
    for (let i = start + 1; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') i++;
        else if (c === '"' || c === '\n' || c === '\r') return i;
    }
    return text.length;
}

/** Index of the last quote of the block string opened at `start`. */
function skipBlockString(text: string, start: number): number {
    for (let i = start + 3; i < text.length; i++) {
        if (text[i] === '\\' && text.startsWith('\\"""', i)) i += 3;
        else if (text.startsWith('"""', i)) return i + 2;
    }
    return text.length;
}

/** How deep arrays and objects nest in a JSON value (1 for a flat object); iterative. */
export function jsonNesting(value: unknown, limit: number = MAX_GRAPHQL_NESTING): number {
    let deepest = 0;
    const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
    while (stack.length > 0) {
        const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
        if (typeof current !== 'object' || current === null) continue;
        const level = depth + 1;
        if (level > deepest) deepest = level;
        if (deepest > limit) return deepest;
        for (const child of Array.isArray(current) ? current : Object.values(current))
            stack.push({ value: child, depth: level });
    }
    return deepest;
}
