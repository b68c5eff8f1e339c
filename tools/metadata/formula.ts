/**
 * A small evaluator for the validation-rule formulas of this package, so that tests can run a
 * rule against the records the batch and the Trust panel really write (and against forged
 * ones) instead of only reading its text. It covers the operators and functions our rules use
 * and refuses anything else by name; it is not a general Salesforce formula engine.
 *
 * Values: text (blank text is ""), numbers, booleans, null (a blank number, date or lookup),
 * dates (`yyyy-mm-dd` strings in a record) and date-times (ISO strings with a time). As in
 * Salesforce, date minus date and date-time minus date-time give days.
 */

export interface FormulaContext {
    /** The record as it would be saved. */
    record: Readonly<Record<string, unknown>>;
    /** The stored record before this save; undefined when the record is new. */
    prior?: Readonly<Record<string, unknown>>;
    /** Custom permissions the running user has (`$Permission.<name>`). */
    permissions: ReadonlySet<string>;
    /** Values across relationships, by path (`Model__r.Active__c`). */
    related?: Readonly<Record<string, unknown>>;
    now: Date;
}

type Value = string | number | boolean | null | { date: number } | { dateTime: number };

import { salesforceIdSuffix } from '../demo/salesforceId';

const DAY_MS = 86_400_000;

/** CASESAFEID: the 18-character form of a 15-character id; other text as it is. */
export function caseSafeId(id: string): string {
    return id.length === 15 ? id + salesforceIdSuffix(id) : id;
}

export class FormulaError extends Error {
    constructor(formula: string, detail: string) {
        super(`${detail} in formula: ${formula}`);
        this.name = 'FormulaError';
    }
}

type Token = { kind: 'name' | 'number' | 'text' | 'op'; text: string };

function tokenize(formula: string): Token[] {
    const tokens: Token[] = [];
    const pattern =
        /\s+|(\$?[A-Za-z_][\w.]*)|(\d+(?:\.\d+)?)|"((?:[^"\\]|\\.)*)"|(<>|!=|<=|>=|==|&&|\|\||[-+*/&=<>(),])/gy;
    let match: RegExpExecArray | null;
    while (pattern.lastIndex < formula.length && (match = pattern.exec(formula)) !== null) {
        if (match[1] !== undefined) tokens.push({ kind: 'name', text: match[1] });
        else if (match[2] !== undefined) tokens.push({ kind: 'number', text: match[2] });
        else if (match[3] !== undefined) tokens.push({ kind: 'text', text: match[3] });
        else if (match[4] !== undefined) tokens.push({ kind: 'op', text: match[4] });
    }
    if (pattern.lastIndex < formula.length)
        throw new FormulaError(
            formula,
            `unexpected "${formula.slice(pattern.lastIndex, pattern.lastIndex + 10)}"`
        );
    return tokens;
}

type Node =
    | { kind: 'literal'; value: Value }
    | { kind: 'name'; name: string }
    | { kind: 'call'; name: string; args: Node[] }
    | { kind: 'binary'; op: string; left: Node; right: Node }
    | { kind: 'negate'; operand: Node };

/** Operators from the loosest to the tightest binding. */
const LEVELS: readonly (readonly string[])[] = [
    ['||'],
    ['&&'],
    ['=', '==', '<>', '!=', '<', '>', '<=', '>='],
    ['+', '-', '&'],
    ['*', '/']
];

function parse(formula: string): Node {
    const tokens = tokenize(formula);
    let at = 0;
    const peek = (): Token | undefined => tokens[at];
    const expect = (text: string): void => {
        if (peek()?.text !== text) throw new FormulaError(formula, `expected "${text}"`);
        at++;
    };
    const level = (depth: number): Node => {
        if (depth === LEVELS.length) return unary();
        let left = level(depth + 1);
        for (;;) {
            const token = peek();
            if (token?.kind !== 'op' || !(LEVELS[depth] as readonly string[]).includes(token.text))
                return left;
            at++;
            left = { kind: 'binary', op: token.text, left, right: level(depth + 1) };
        }
    };
    const unary = (): Node => {
        const token = peek();
        if (token === undefined) throw new FormulaError(formula, 'unexpected end');
        at++;
        if (token.kind === 'op' && token.text === '-') return { kind: 'negate', operand: unary() };
        if (token.kind === 'op' && token.text === '(') {
            const inner = level(0);
            expect(')');
            return inner;
        }
        if (token.kind === 'number') return { kind: 'literal', value: Number(token.text) };
        if (token.kind === 'text') return { kind: 'literal', value: token.text.replace(/\\(.)/g, '$1') };
        if (token.kind !== 'name') throw new FormulaError(formula, `unexpected "${token.text}"`);
        if (peek()?.text !== '(') {
            const upper = token.text.toUpperCase();
            if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'literal', value: upper === 'TRUE' };
            return { kind: 'name', name: token.text };
        }
        at++;
        const args: Node[] = [];
        if (peek()?.text !== ')') {
            args.push(level(0));
            while (peek()?.text === ',') {
                at++;
                args.push(level(0));
            }
        }
        expect(')');
        return { kind: 'call', name: token.text.toUpperCase(), args };
    };
    const tree = level(0);
    if (at !== tokens.length) throw new FormulaError(formula, `unexpected "${peek()?.text ?? ''}"`);
    return tree;
}

function fromRecord(raw: unknown): Value {
    if (raw === undefined || raw === null) return null;
    if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
    const text = String(raw);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { date: Date.parse(`${text}T00:00:00Z`) / DAY_MS };
    if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return { dateTime: Date.parse(text) / DAY_MS };
    return text;
}

const isBlank = (value: Value): boolean => value === null || value === '';

function days(value: Value): number | null {
    if (value !== null && typeof value === 'object') return 'date' in value ? value.date : value.dateTime;
    return typeof value === 'number' ? value : null;
}

function asText(value: Value): string {
    if (value === null) return '';
    if (typeof value === 'object') {
        const ms = ('date' in value ? value.date : value.dateTime) * DAY_MS;
        return 'date' in value ? new Date(ms).toISOString().slice(0, 10) : new Date(ms).toISOString();
    }
    return String(value);
}

/** Evaluates a rule's `errorConditionFormula`: true means the save is refused. */
export function evaluateFormula(formula: string, context: FormulaContext): boolean {
    const tree = parse(formula);
    const field = (name: string, source: Readonly<Record<string, unknown>> | undefined): Value => {
        if (name.includes('.')) return fromRecord(context.related?.[name]);
        return fromRecord(source?.[name]);
    };
    const evaluate = (node: Node): Value => {
        switch (node.kind) {
            case 'literal':
                return node.value;
            case 'negate': {
                const value = days(evaluate(node.operand));
                return value === null ? null : -value;
            }
            case 'name':
                if (node.name.startsWith('$Permission.'))
                    return context.permissions.has(node.name.slice('$Permission.'.length));
                return field(node.name, context.record);
            case 'binary':
                return binary(node.op, evaluate(node.left), evaluate(node.right));
            case 'call':
                return call(node.name, node.args);
        }
    };
    const binary = (op: string, left: Value, right: Value): Value => {
        if (op === '&&' || op === '||')
            return op === '&&' ? left === true && right === true : left === true || right === true;
        if (op === '&') return asText(left) + asText(right);
        if (op === '=' || op === '==' || op === '<>' || op === '!=') {
            const same =
                typeof left === 'string' || typeof right === 'string' || left === null || right === null
                    ? asText(left) === asText(right)
                    : days(left) === days(right) && typeof left === typeof right;
            return op === '=' || op === '==' ? same : !same;
        }
        const a = days(left);
        const b = days(right);
        if (a === null || b === null)
            return op === '+' || op === '-' || op === '*' || op === '/' ? null : false;
        switch (op) {
            case '<':
                return a < b;
            case '>':
                return a > b;
            case '<=':
                return a <= b;
            case '>=':
                return a >= b;
            case '+':
                return a + b;
            case '-':
                return a - b;
            case '*':
                return a * b;
            default:
                return a / b;
        }
    };
    const fieldName = (node: Node | undefined, fn: string): string => {
        if (node?.kind !== 'name') throw new FormulaError(formula, `${fn} needs a field`);
        return node.name;
    };
    const call = (name: string, args: Node[]): Value => {
        switch (name) {
            case 'AND':
                return args.every((arg) => evaluate(arg) === true);
            case 'OR':
                return args.some((arg) => evaluate(arg) === true);
            case 'NOT':
                return evaluate(args[0] as Node) !== true;
            case 'ISNEW':
                return context.prior === undefined;
            case 'ISCHANGED': {
                if (context.prior === undefined) return false;
                const name = fieldName(args[0], 'ISCHANGED');
                return asText(field(name, context.record)) !== asText(field(name, context.prior));
            }
            case 'ISBLANK':
                return isBlank(evaluate(args[0] as Node));
            case 'ISPICKVAL':
                return asText(evaluate(args[0] as Node)) === asText(evaluate(args[1] as Node));
            case 'TEXT':
                return asText(evaluate(args[0] as Node));
            case 'CASESAFEID':
                return caseSafeId(asText(evaluate(args[0] as Node)));
            case 'ABS': {
                const value = days(evaluate(args[0] as Node));
                return value === null ? null : Math.abs(value);
            }
            case 'TODAY':
                return { date: Math.floor(context.now.getTime() / DAY_MS) };
            case 'NOW':
                return { dateTime: context.now.getTime() / DAY_MS };
            default:
                throw new FormulaError(formula, `the function ${name} is not supported by this evaluator`);
        }
    };
    return evaluate(tree) === true;
}
