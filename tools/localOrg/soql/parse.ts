/**
 * SOQL text → syntax tree, with the maintained `@jetstreamapp/soql-parser-js` parser, and its
 * flat WHERE chain (conditions with open/close parenthesis counts) → a boolean tree.
 *
 * SOQL has no precedence between AND and OR: mixing them without parentheses is a
 * MALFORMED_QUERY ("unexpected token: OR"), as in a real org. NOT binds to the condition or
 * parenthesised group that follows it.
 */
import type {
    ConditionWithValueQuery,
    NegationCondition,
    Query,
    WhereClause
} from '@jetstreamapp/soql-parser-js';
import { parseQuery } from '@jetstreamapp/soql-parser-js';
import { apiErrors } from '../errors';

/** One comparison (`Name = 'x'`, `Id IN (SELECT …)`, `CloseDate = LAST_N_DAYS:30` …). */
export type Leaf = Exclude<ConditionWithValueQuery, NegationCondition>;

export type BoolTree =
    | { kind: 'and' | 'or'; items: BoolTree[] }
    | { kind: 'not'; item: BoolTree }
    | { kind: 'leaf'; condition: Leaf };

/** An org refuses SOQL statements longer than this many characters. */
export const MAX_SOQL_LENGTH = 100_000;

/** Parses SOQL; syntax errors become MALFORMED_QUERY naming the unexpected token. */
export function parseSoql(soql: string): Query {
    // Also bounds how deep a statement can nest (NOT NOT …), which the parser and SQLite recurse on.
    if (soql.length > MAX_SOQL_LENGTH)
        throw apiErrors.malformedQuery(
            `SOQL statements cannot be longer than ${MAX_SOQL_LENGTH.toLocaleString('en-US')} characters (this one has ${soql.length.toLocaleString('en-US')})`
        );
    try {
        return parseQuery(soql);
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const found = /but found:?\s*(?:-->\s*)?'([^']*)'/.exec(message);
        const lexing = /unexpected character: ->(.)<-/.exec(message);
        const token = found ? found[1] || '<EOF>' : lexing ? lexing[1] : undefined;
        throw apiErrors.malformedQuery(
            token === undefined ? `${soql}\n${firstLine(message)}` : `${soql}\nunexpected token: '${token}'`
        );
    }
}

const firstLine = (text: string): string => text.split('\n')[0] ?? text;

type Token = '(' | ')' | 'NOT' | 'AND' | 'OR' | Leaf;

function isLeaf(condition: ConditionWithValueQuery | null): condition is Leaf {
    return condition !== null && ('field' in condition || 'fn' in condition);
}

function tokenize(where: WhereClause): Token[] {
    const tokens: Token[] = [];
    let node: WhereClause | undefined = where;
    // The chain is as long as the WHERE clause; each step consumes one link.
    while (node !== undefined) {
        const left: ConditionWithValueQuery | null = node.left;
        const operator = 'operator' in node ? node.operator : undefined;
        const right: WhereClause | undefined = 'right' in node ? node.right : undefined;
        if (!isLeaf(left)) {
            for (let i = 0; i < (left?.openParen ?? 0); i++) tokens.push('(');
            if (operator === 'NOT') tokens.push('NOT');
            node = right;
            continue;
        }
        for (let i = 0; i < (left.openParen ?? 0); i++) tokens.push('(');
        tokens.push(left);
        for (let i = 0; i < (left.closeParen ?? 0); i++) tokens.push(')');
        if (operator !== undefined) tokens.push(operator);
        node = right;
    }
    return tokens;
}

class TreeBuilder {
    private at = 0;
    constructor(
        private readonly tokens: Token[],
        private readonly soql: string
    ) {}

    build(): BoolTree {
        const tree = this.expression();
        if (this.at < this.tokens.length) this.unexpected();
        return tree;
    }

    private peek(): Token | undefined {
        return this.tokens[this.at];
    }

    private unexpected(): never {
        const token = this.peek();
        const text = token === undefined ? '<EOF>' : typeof token === 'string' ? token : 'condition';
        throw apiErrors.malformedQuery(`${this.soql}\nunexpected token: '${text}'`);
    }

    private expression(): BoolTree {
        const items = [this.unary()];
        let operator: 'AND' | 'OR' | undefined;
        for (;;) {
            const token = this.peek();
            if (token !== 'AND' && token !== 'OR') break;
            if (operator !== undefined && token !== operator) this.unexpected();
            operator = token;
            this.at++;
            items.push(this.unary());
        }
        if (operator === undefined) return items[0] as BoolTree;
        return { kind: operator === 'AND' ? 'and' : 'or', items };
    }

    private unary(): BoolTree {
        const token = this.peek();
        if (token === 'NOT') {
            this.at++;
            return { kind: 'not', item: this.unary() };
        }
        if (token === '(') {
            this.at++;
            const inner = this.expression();
            if (this.peek() !== ')') this.unexpected();
            this.at++;
            return inner;
        }
        if (token === undefined || typeof token === 'string') this.unexpected();
        this.at++;
        return { kind: 'leaf', condition: token };
    }
}

/** The WHERE clause as a boolean tree. */
export function whereTree(where: WhereClause, soql: string): BoolTree {
    return new TreeBuilder(tokenize(where), soql).build();
}
