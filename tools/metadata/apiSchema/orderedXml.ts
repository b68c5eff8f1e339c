/**
 * Metadata XML as an ordered tree with positions. The schema check needs what the typed reader
 * (`../xml`) drops: the order of sibling elements (the Metadata API refuses an element "invalid
 * at this location") and the line and column of each, so a problem points at the spot to fix.
 *
 * Metadata files are plain XML without DTDs; well-formedness is checked by `../xml` and
 * test/metadata/xmlFiles.test.ts, so this reader only needs to be right on well-formed input
 * and to fail loudly (with the position) on anything else.
 */

export interface XmlNode {
    name: string;
    /** 1-based position of the `<` that opens the element. */
    line: number;
    column: number;
    children: XmlNode[];
    /** Character data directly inside the element, entities decoded, trimmed. */
    text: string;
}

export class OrderedXmlError extends Error {
    constructor(
        readonly line: number,
        readonly column: number,
        readonly detail: string
    ) {
        super(`${line}:${column}: ${detail}`);
        this.name = 'OrderedXmlError';
    }
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
    return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
        if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
        if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
        return ENTITIES[entity] ?? whole;
    });
}

/** Line starts, so an offset becomes a line and column without rescanning the text. */
function positions(source: string): (offset: number) => { line: number; column: number } {
    const starts = [0];
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((starts[mid] as number) <= offset) lo = mid;
            else hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
    };
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

/** The document's root element with its subtree. */
export function parseOrderedXml(source: string): XmlNode {
    const at = positions(source);
    const fail = (offset: number, detail: string): never => {
        const { line, column } = at(offset);
        throw new OrderedXmlError(line, column, detail);
    };
    const stack: XmlNode[] = [];
    const textParts: string[][] = [];
    let root: XmlNode | undefined;
    let i = 0;
    while (i < source.length) {
        const open = source.indexOf('<', i);
        const chunk = source.slice(i, open === -1 ? source.length : open);
        if (stack.length > 0) textParts[textParts.length - 1]?.push(chunk);
        else if (chunk.trim() !== '') fail(i, 'text outside the root element');
        if (open === -1) break;
        if (source.startsWith('<?', open)) {
            const end = source.indexOf('?>', open);
            if (end === -1) fail(open, 'unterminated processing instruction');
            i = end + 2;
            continue;
        }
        if (source.startsWith('<!--', open)) {
            const end = source.indexOf('-->', open);
            if (end === -1) fail(open, 'unterminated comment');
            i = end + 3;
            continue;
        }
        if (source.startsWith('<![CDATA[', open)) {
            const end = source.indexOf(']]>', open);
            if (end === -1) fail(open, 'unterminated CDATA section');
            // Kept as already-decoded text: CDATA content is literal.
            textParts[textParts.length - 1]?.push(encodeLiteral(source.slice(open + 9, end)));
            i = end + 3;
            continue;
        }
        TAG.lastIndex = open;
        const tag = TAG.exec(source);
        if (tag === null) return fail(open, 'malformed tag');
        const [whole, closing, name, , selfClosing] = tag as unknown as [
            string,
            string,
            string,
            string,
            string
        ];
        i = open + whole.length;
        if (closing === '/') {
            const node = stack.pop();
            const parts = textParts.pop();
            if (node === undefined || node.name !== name) return fail(open, `unexpected </${name}>`);
            node.text = node.children.length === 0 ? decodeEntities((parts ?? []).join('')).trim() : '';
            continue;
        }
        const { line, column } = at(open);
        const node: XmlNode = { name, line, column, children: [], text: '' };
        const parent = stack[stack.length - 1];
        if (parent !== undefined) parent.children.push(node);
        else if (root === undefined) root = node;
        else fail(open, 'a second root element');
        if (selfClosing !== '/') {
            stack.push(node);
            textParts.push([]);
        }
    }
    if (stack.length > 0) {
        const open = stack[stack.length - 1] as XmlNode;
        throw new OrderedXmlError(open.line, open.column, `<${open.name}> is never closed`);
    }
    if (root === undefined) throw new OrderedXmlError(1, 1, 'no root element');
    return root;
}

/** CDATA text re-escaped, so the one decode pass at the end leaves it as written. */
function encodeLiteral(text: string): string {
    return text.replace(/&/g, '&amp;');
}
