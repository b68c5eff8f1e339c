/**
 * Minimal typed access to Metadata API XML files.
 *
 * fast-xml-parser returns untyped trees; these helpers narrow them once so the readers stay
 * strict. Every value is kept as a string (`parseTagValue: false`): metadata decides what is a
 * number, not the parser (a picklist value "1" must stay "1").
 */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type XmlValue = string | XmlElement | XmlValue[];
export interface XmlElement {
    [name: string]: XmlValue;
}

export interface XmlDocument {
    /** Name of the root element, e.g. `CustomField`. */
    root: string;
    /** Value of the root's `xmlns` attribute. */
    namespace: string | undefined;
    element: XmlElement;
}

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

const ATTRIBUTE_PREFIX = '@_';

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE_PREFIX,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true
});

export class XmlFormatError extends Error {
    constructor(
        readonly file: string,
        detail: string
    ) {
        super(`${file}: ${detail}`);
        this.name = 'XmlFormatError';
    }
}

function isElement(value: XmlValue | undefined): value is XmlElement {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses one document; throws `XmlFormatError` naming the file and line when it is not well-formed. */
export function parseXml(text: string, file: string): XmlDocument {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
        throw new XmlFormatError(file, `line ${valid.err.line}: ${valid.err.msg}`);
    }
    const tree: unknown = parser.parse(text);
    if (typeof tree !== 'object' || tree === null) {
        throw new XmlFormatError(file, 'no root element');
    }
    const roots = Object.entries(tree as XmlElement).filter(([name]) => !name.startsWith('?'));
    const [first, ...rest] = roots;
    if (first === undefined || rest.length > 0) {
        throw new XmlFormatError(file, 'expected exactly one root element');
    }
    const [root, value] = first;
    const element: XmlElement = isElement(value) ? value : {};
    const namespace = element[`${ATTRIBUTE_PREFIX}xmlns`];
    return { root, namespace: typeof namespace === 'string' ? namespace : undefined, element };
}

export function readXml(file: string): XmlDocument {
    return parseXml(readFileSync(file, 'utf8'), file);
}

function valuesOf(parent: XmlElement, name: string): XmlValue[] {
    const value = parent[name];
    if (value === undefined) return [];
    return Array.isArray(value) ? value : [value];
}

/** Child elements named `name` (an empty `<x/>` counts as an element without children). */
export function elements(parent: XmlElement, name: string): XmlElement[] {
    return valuesOf(parent, name).map((value) => (isElement(value) ? value : {}));
}

export function element(parent: XmlElement, name: string): XmlElement | undefined {
    return elements(parent, name)[0];
}

/** Text of every child named `name`, in document order. */
export function texts(parent: XmlElement, name: string): string[] {
    return valuesOf(parent, name).map((value) => {
        if (typeof value === 'string') return value;
        const inner = isElement(value) ? value['#text'] : undefined;
        return typeof inner === 'string' ? inner : '';
    });
}

export function text(parent: XmlElement, name: string): string | undefined {
    return texts(parent, name)[0];
}

export function flag(parent: XmlElement, name: string): boolean {
    return text(parent, name) === 'true';
}

export function integer(parent: XmlElement, name: string): number | undefined {
    const value = text(parent, name);
    if (value === undefined || value === '') return undefined;
    const parsed = Number(value);
    return Number.isInteger(parsed) ? parsed : undefined;
}
