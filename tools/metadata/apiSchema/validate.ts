/**
 * Checks a metadata file against the Metadata API schema of the package's API version
 * (`schema62.ts`) and the documented length limits (`limits.ts`): every element must exist in
 * its parent's type, appear in the schema's order and no more often than allowed, required
 * elements must be present, and booleans, numbers and enumerations must hold valid values.
 * What fails here fails `sf project deploy start` too, but with a file, line and column.
 */
import { LENGTH_LIMITS } from './limits';
import { parseOrderedXml, OrderedXmlError, type XmlNode } from './orderedXml';
import { ENUMERATIONS, SCHEMA_API_VERSION, SCHEMA_TYPES } from './schema62';

export interface SchemaProblem {
    file: string;
    line: number;
    column: number;
    message: string;
}

export function formatSchemaProblem(problem: SchemaProblem): string {
    return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

interface ElementRule {
    name: string;
    type: string;
    repeats: boolean;
    required: boolean;
    /** Position in the type's sequence (base type first). */
    order: number;
}

const SIMPLE_TYPES = new Set(['string', 'boolean', 'int', 'double', 'date', 'dateTime', 'time', 'any']);

/**
 * Types whose files the platform reads without the schema's sequence: a component's
 * `js-meta.xml` travels inside its bundle and is read by the component compiler, which takes
 * its elements in any order (Salesforce's own sample apps write `targets` before
 * `targetConfigs`, the reverse of the WSDL).
 */
const ORDER_FREE_TYPES = new Set(['LightningComponentBundle']);

const rulesCache = new Map<string, ElementRule[]>();

/** The elements of a type of the table, its base type's first; undefined for an unknown type. */
export function elementRules(type: string): ElementRule[] | undefined {
    const cached = rulesCache.get(type);
    if (cached !== undefined) return cached;
    const def = SCHEMA_TYPES[type];
    if (def === undefined) return undefined;
    const inherited = def.base === undefined ? [] : (elementRules(def.base) ?? []);
    const own = def.elements.map((notation, index): ElementRule => {
        const match = /^(\w+)([?*+]?):(\w+)$/.exec(notation);
        if (match === null) throw new Error(`schema table: bad element "${notation}" in ${type}`);
        const [, name, card, elementType] = match as unknown as [string, string, string, string];
        return {
            name,
            type: elementType,
            repeats: card === '*' || card === '+',
            required: card === '' || card === '+',
            order: inherited.length + index
        };
    });
    const rules = [...inherited, ...own];
    rulesCache.set(type, rules);
    return rules;
}

function valueProblem(type: string, value: string): string | undefined {
    switch (type) {
        case 'boolean':
            return value === 'true' || value === 'false' ? undefined : 'is not true or false';
        case 'int':
            return /^[-+]?\d+$/.test(value) ? undefined : 'is not a whole number';
        case 'double':
            return value !== '' && Number.isFinite(Number(value)) ? undefined : 'is not a number';
        default: {
            const allowed = ENUMERATIONS[type];
            if (allowed === undefined || allowed.includes(value)) return undefined;
            return `is not one of ${type}: ${allowed.join(', ')}`;
        }
    }
}

/** Problems of one file's text; `file` is only used to name it. */
export function validateMetadataXml(source: string, file: string): SchemaProblem[] {
    let root: XmlNode;
    try {
        root = parseOrderedXml(source);
    } catch (error) {
        if (!(error instanceof OrderedXmlError)) throw error;
        return [{ file, line: error.line, column: error.column, message: error.detail }];
    }
    const problems: SchemaProblem[] = [];
    const report = (node: XmlNode, message: string): void => {
        problems.push({ file, line: node.line, column: node.column, message });
    };
    if (elementRules(root.name) === undefined) {
        report(
            root,
            `<${root.name}> is not a metadata type of the API ${SCHEMA_API_VERSION} schema table (tools/metadata/apiSchema/schema62.ts); add it from the ${SCHEMA_API_VERSION} WSDL`
        );
        return problems;
    }
    checkComplex(root, root.name, report);
    return problems;
}

function checkComplex(node: XmlNode, type: string, report: (node: XmlNode, message: string) => void): void {
    const rules = elementRules(type) ?? [];
    const seen = new Map<string, number>();
    let last: { rule: ElementRule; node: XmlNode } | undefined;
    let misplaced = false;
    for (const child of node.children) {
        const rule = rules.find((candidate) => candidate.name === child.name);
        if (rule === undefined) {
            report(
                child,
                `<${child.name}> is not an element of ${type} in Metadata API ${SCHEMA_API_VERSION}`
            );
            continue;
        }
        const count = (seen.get(rule.name) ?? 0) + 1;
        seen.set(rule.name, count);
        if (count > 1 && !rule.repeats) report(child, `<${child.name}> may appear only once in ${type}`);
        else if (last !== undefined && rule.order < last.rule.order && !ORDER_FREE_TYPES.has(type)) {
            // The org stops at the first misplaced element; later ones would only repeat it.
            if (!misplaced)
                report(
                    child,
                    `<${child.name}> must come before <${last.node.name}> in ${type} (schema order)`
                );
            misplaced = true;
        } else last = { rule, node: child };
        checkElement(child, rule, type, report);
    }
    for (const rule of rules) {
        if (rule.required && !seen.has(rule.name) && rule.name !== 'fullName')
            report(node, `${type} requires <${rule.name}>`);
    }
}

function checkElement(
    node: XmlNode,
    rule: ElementRule,
    parentType: string,
    report: (node: XmlNode, message: string) => void
): void {
    if (rule.type === 'any') return;
    if (SCHEMA_TYPES[rule.type] !== undefined) {
        checkComplex(node, rule.type, report);
        return;
    }
    if (!SIMPLE_TYPES.has(rule.type) && ENUMERATIONS[rule.type] === undefined) {
        report(
            node,
            `<${node.name}> has type ${rule.type}, which the schema table does not describe yet; add it from the ${SCHEMA_API_VERSION} WSDL`
        );
        return;
    }
    if (node.children.length > 0) {
        report(node, `<${node.name}> holds a ${rule.type} value, not elements`);
        return;
    }
    const problem = valueProblem(rule.type, node.text);
    if (problem !== undefined) report(node, `<${node.name}> "${node.text}" ${problem}`);
    const limit = LENGTH_LIMITS[parentType]?.[node.name];
    if (limit !== undefined && [...node.text].length > limit.max)
        report(
            node,
            `<${node.name}> of ${parentType} is ${[...node.text].length} characters; at most ${limit.max} are allowed (${limit.documentedIn})`
        );
}
