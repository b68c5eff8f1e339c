/**
 * What a command of `trust-ledger` declares: its name, a one-line summary, its options and
 * positionals, and a `run` that gets the parsed values and the streams to write to. One
 * parser (parse.ts) reads argv against the declaration and one generator (help.ts) writes
 * `--help` from it, so a flag is spelt in one place. `run` never reads process.argv, never
 * exits and writes only to `io`, so the same module can sit behind another command shell.
 */
import { messages } from './messages';

export type OptionType = 'string' | 'boolean';

export interface OptionSpec {
    type: OptionType;
    /** One line for `--help`. */
    help: string;
    /** The value's name in help and in "needs" messages: `--from <folder>`. Strings only. */
    value?: string;
    /** May be given more than once; the values arrive as a list, in order. */
    multiple?: boolean;
    /** Missing means "<command> needs --<name> <value>", exit code 2, before `run`. */
    required?: boolean;
    /** The value when the option is not given. */
    default?: string | boolean;
    /** The environment variable that stands in for the option (read by the code that interprets it). */
    env?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type Scalar<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : string;

/** The parsed values: one entry per declared option given (or defaulted). */
export type Values<O extends OptionSpecs> = {
    -readonly [K in keyof O]?: O[K]['multiple'] extends true ? Scalar<O[K]>[] : Scalar<O[K]>;
};

export interface Parsed<O extends OptionSpecs> {
    values: Values<O>;
    positionals: string[];
}

export interface PositionalSpec {
    name: string;
    help: string;
    /** Missing means "<command> needs <name>", exit code 2. */
    required?: boolean;
}

/** A stream the command writes to: process.stdout/stderr, or a buffer in tests. */
export type OutputStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export interface CommandIo {
    stdout: OutputStream;
    stderr: OutputStream;
    env: NodeJS.ProcessEnv;
    cwd: string;
    /**
     * Set by a shell that returns what a command found instead of printing it (the `sf`
     * plugin's `--json`): the command hands it the object its JSON output holds, as well as
     * writing its usual output. The CLI leaves it unset, so its output is unchanged.
     */
    result?: (value: object) => void;
    /**
     * Set by a shell that gathers warnings (the `sf` plugin: the `warnings` of its JSON); unset,
     * a warning is a `warning: …` line on stderr.
     */
    warning?: (text: string) => void;
}

/** A warning about the input that did not stop the command (rows left out, a short window). */
export function warn(io: CommandIo, text: string): void {
    if (io.warning) io.warning(text);
    else io.stderr.write(`${messages.warning(text)}\n`);
}

/** The real process's streams, environment and working directory. */
export function processIo(): CommandIo {
    return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
export function colorFor(io: CommandIo, out: string | undefined): boolean {
    return !out && io.stdout.isTTY === true && !io.env.NO_COLOR;
}

export interface Command<O extends OptionSpecs = OptionSpecs> {
    name: string;
    summary: string;
    /**
     * Synopsis after `trust-ledger <name>`, one entry per line: what a list of options cannot
     * say (one of two sources, one of two ways to name the days). Generated when absent.
     */
    usage?: string[];
    options: O;
    positionals?: PositionalSpec[];
    run(parsed: Parsed<O>, io: CommandIo): Promise<number>;
}

/** A command made of subcommands (`model validate|pull|push`); it may also run on its own. */
export interface CommandGroup {
    name: string;
    summary: string;
    subcommands: readonly AnyCommand[];
    /** Runs when the first argument names no subcommand (`demo-data --accounts …`). */
    fallback?: AnyCommand;
    /** The error for a first argument that names no subcommand; default "unknown command <group> <sub>". */
    unknownSubcommand?(sub: string | undefined): string;
}

/**
 * The table holds commands of different option shapes; each is type-checked where it is
 * declared (`run` is a method, so a command of narrower options fits here).
 */
export type AnyCommand = Command<OptionSpecs> | CommandGroup;

export function isGroup(command: AnyCommand): command is CommandGroup {
    return 'subcommands' in command;
}

/** Declares a command with its option types inferred from the declaration. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command<O> {
    return command;
}
