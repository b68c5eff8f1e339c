/**
 * Reads argv against a command's declaration: `--flag value` and `--flag=value`, booleans,
 * repeated options, positionals, defaults and required options. Every mistake is a
 * UsageError (exit code 2); node's own wording is kept for unknown options and missing
 * values, and a stray value is quoted only in part, since it is often a token pasted in the
 * wrong place (`score --instance-url <url> <token>`).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { shownArgument, UsageError } from './args';
import type { Command, OptionSpecs, Parsed, Values } from './command';
import { messages } from './messages';

/** True when the arguments ask for help (`--help` or `-h` before a `--`). */
export function asksForHelp(argv: readonly string[]): boolean {
    for (const arg of argv) {
        if (arg === '--') return false;
        if (arg === '--help' || arg === '-h') return true;
    }
    return false;
}

function parseArgsConfig(options: OptionSpecs, args: string[], allowPositionals: boolean): ParseArgsConfig {
    const declared: NonNullable<ParseArgsConfig['options']> = {};
    for (const [name, spec] of Object.entries(options))
        declared[name] = { type: spec.type, multiple: spec.multiple === true };
    return { args, options: declared, allowPositionals, strict: true };
}

function readArgs(options: OptionSpecs, args: string[], allowPositionals: boolean) {
    try {
        return parseArgs(parseArgsConfig(options, args, allowPositionals));
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
            const { positionals } = parseArgs(parseArgsConfig(options, args, true));
            throw new UsageError(messages.unexpectedArgument(positionals.map(shownArgument).join(', ')));
        }
        if (code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
        throw error;
    }
}

/** `path` is how the command is called in messages: `score`, `model push`. */
export function parseCommandLine<O extends OptionSpecs>(
    command: Command<O>,
    argv: string[],
    path: string
): Parsed<O> {
    const declaredPositionals = command.positionals ?? [];
    const { values, positionals } = readArgs(command.options, argv, declaredPositionals.length > 0);
    const parsed: Record<string, unknown> = { ...values };
    for (const [name, spec] of Object.entries(command.options)) {
        if (parsed[name] !== undefined) continue;
        if (spec.required)
            throw new UsageError(
                messages.missingOption(`--${name}${spec.value ? ` <${spec.value}>` : ''}`, path)
            );
        if (spec.default !== undefined) parsed[name] = spec.default;
    }
    declaredPositionals.forEach((spec, i) => {
        if (spec.required && positionals[i] === undefined)
            throw new UsageError(messages.missingOption(`<${spec.name}>`, path));
    });
    return { values: parsed as Values<O>, positionals };
}
