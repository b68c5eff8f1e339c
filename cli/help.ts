/**
 * `--help` written from the declarations: the list of commands for `trust-ledger help`, and
 * each command's synopsis, arguments and options (with their environment variable, default
 * and whether they repeat) for `trust-ledger <command> --help`.
 */
import { isGroup, type AnyCommand, type Command, type OptionSpec, type OptionSpecs } from './command';
import { helpText } from './messages';

const PROGRAM = 'trust-ledger';
/** Generated synopses wrap before this column, as the declared ones do. */
const SYNOPSIS_WIDTH = 96;

function optionLabel(name: string, spec: OptionSpec): string {
    return `--${name}${spec.type === 'string' ? ` <${spec.value ?? 'value'}>` : ''}`;
}

function optionNotes(spec: OptionSpec): string {
    const notes: string[] = [];
    if (spec.required) notes.push(helpText.required);
    if (spec.multiple) notes.push(helpText.repeatable);
    if (spec.env) notes.push(helpText.env(spec.env));
    if (spec.default !== undefined && spec.default !== false)
        notes.push(helpText.default(String(spec.default)));
    return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

/** Rows of a two-column list, the first column padded to the widest entry. */
function columns(rows: [string, string][]): string[] {
    const width = Math.max(0, ...rows.map(([left]) => left.length));
    return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** The synopsis lines of one command: declared, or generated from its options. */
function synopsis(command: Command<OptionSpecs>, path: string): string[] {
    const head = `${PROGRAM} ${path}`;
    if (command.usage && command.usage.length > 0) {
        const indent = ' '.repeat(head.length + 1);
        return command.usage.map((line, i) => (i === 0 ? `${head} ${line}` : `${indent}${line}`));
    }
    const parts = [
        ...(command.positionals ?? []).map((p) => (p.required ? `<${p.name}>` : `[<${p.name}>]`)),
        ...Object.entries(command.options).map(([name, spec]) =>
            spec.required ? optionLabel(name, spec) : `[${optionLabel(name, spec)}]`
        )
    ];
    // Wrapped under the command name, as the declared synopses are.
    const lines = [head];
    for (const part of parts) {
        const last = lines.length - 1;
        if ((lines[last] as string).length + part.length + 1 > SYNOPSIS_WIDTH)
            lines.push(' '.repeat(head.length) + ` ${part}`);
        else lines[last] += ` ${part}`;
    }
    return lines;
}

/** Every runnable command under `command`, with how it is called. */
function leaves(command: AnyCommand, prefix = ''): { path: string; command: Command<OptionSpecs> }[] {
    const path = `${prefix}${command.name}`;
    if (!isGroup(command)) return [{ path, command }];
    const own = command.fallback && !isGroup(command.fallback) ? [{ path, command: command.fallback }] : [];
    return [...own, ...command.subcommands.flatMap((sub) => leaves(sub, `${path} `))];
}

export function commandHelp(command: AnyCommand, path: string): string {
    if (isGroup(command)) {
        const rows = leaves(command, path.slice(0, path.length - command.name.length)).map(
            (leaf): [string, string] => [`${PROGRAM} ${leaf.path}`, leaf.command.summary]
        );
        const list = [helpText.commands, ...columns(rows), '', helpText.more(path), ''].join('\n');
        // A group that also runs on its own (`demo-data`) shows its own usage and options first.
        const own = command.fallback ? commandHelp(command.fallback, path) : `${command.summary}\n`;
        return `${own}\n${list}`;
    }
    const lines = [helpText.usage, ...synopsis(command, path).map((l) => `  ${l}`), '', command.summary];
    const positionals = command.positionals ?? [];
    if (positionals.length > 0)
        lines.push('', helpText.arguments, ...columns(positionals.map((p) => [`<${p.name}>`, p.help])));
    const options = Object.entries(command.options);
    if (options.length > 0)
        lines.push(
            '',
            helpText.options,
            ...columns(
                options.map(([name, spec]) => [optionLabel(name, spec), `${spec.help}${optionNotes(spec)}`])
            )
        );
    return `${lines.join('\n')}\n`;
}

/** `trust-ledger help`: every command's synopsis and summary, then what applies to all of them. */
export function topLevelHelp(table: readonly AnyCommand[]): string {
    const lines = [helpText.title, '', helpText.usage];
    for (const command of table)
        for (const leaf of leaves(command)) {
            lines.push(...synopsis(leaf.command, leaf.path).map((l) => `  ${l}`));
            lines.push(`      ${leaf.command.summary}`);
        }
    return `${[...lines, '', helpText.notes, helpText.perCommand].join('\n')}\n`;
}
