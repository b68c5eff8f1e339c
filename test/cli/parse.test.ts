/** The one parser: argv read against a command's declaration, every mistake a UsageError. */
import { UsageError } from '../../cli/args';
import { defineCommand } from '../../cli/command';
import { asksForHelp, parseCommandLine } from '../../cli/parse';

const command = defineCommand({
    name: 'try',
    summary: 'a command to parse against',
    positionals: [{ name: 'file', help: 'the file', required: true }],
    options: {
        from: { type: 'string', value: 'folder', help: 'where from' },
        out: { type: 'string', value: 'file', required: true, help: 'where to' },
        seed: { type: 'string', value: 'n', default: '1', help: 'the seed' },
        model: { type: 'string', value: 'file.json', multiple: true, help: 'models, in order' },
        quiet: { type: 'boolean', help: 'say less' }
    },
    run: () => Promise.resolve(0)
});

const parse = (argv: string[]) => parseCommandLine(command, argv, 'try');

describe('parseCommandLine', () => {
    it('reads --flag value and --flag=value alike, booleans, repeats in order and positionals', () => {
        const parsed = parse(['a.json', '--from', 'x', '--out=y', '--model', 'm1', '--model=m2', '--quiet']);
        expect(parsed.positionals).toEqual(['a.json']);
        expect(parsed.values).toEqual({ from: 'x', out: 'y', seed: '1', model: ['m1', 'm2'], quiet: true });
    });

    it('fills defaults only for options not given', () => {
        expect(parse(['a', '--out', 'y', '--seed', '7']).values.seed).toBe('7');
        expect(parse(['a', '--out', 'y']).values.seed).toBe('1');
        expect(parse(['a', '--out', 'y']).values.quiet).toBeUndefined();
    });

    it('names a missing required option or positional as "<command> needs …"', () => {
        expect(() => parse(['a'])).toThrow(new UsageError('try needs --out <file>'));
        expect(() => parse(['--out', 'y'])).toThrow(new UsageError('try needs <file>'));
    });

    it("keeps node's wording for unknown options and missing values, as a UsageError", () => {
        expect(() => parse(['a', '--out', 'y', '--colour'])).toThrow(UsageError);
        expect(() => parse(['a', '--out', 'y', '--colour'])).toThrow(/Unknown option '--colour'/);
        expect(() => parse(['a', '--out'])).toThrow(/Option '--out <value>' argument missing/);
    });

    it('quotes a stray value only in part where the command takes none: it may be a token', () => {
        const bare = defineCommand({ ...command, positionals: [] });
        const token = 'tok-9Yd2Kq7ZrB4mW8xN1cV6pL3sH5gT0fJ';
        let message = '';
        try {
            parseCommandLine(bare, ['--out', 'y', token], 'try');
        } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
            message = (error as Error).message;
        }
        expect(message).toMatch(/^unexpected argument "tok-…" \(35 characters\)/);
        expect(message).not.toContain(token.slice(4));
    });
});

describe('asksForHelp', () => {
    it('sees --help and -h anywhere before --, and not after it', () => {
        expect(asksForHelp(['--from', 'x', '--help'])).toBe(true);
        expect(asksForHelp(['-h'])).toBe(true);
        expect(asksForHelp(['--from', 'x'])).toBe(false);
        expect(asksForHelp(['--', '--help'])).toBe(false);
    });
});
