/**
 * Finds the command argv names in the table (through groups such as `model push`), answers
 * `--help` from its declaration, parses the rest against it and runs it.
 */
import { shownArgument, UsageError } from './args';
import { isGroup, type AnyCommand, type CommandIo } from './command';
import { commandHelp, topLevelHelp } from './help';
import { messages } from './messages';
import { asksForHelp, parseCommandLine } from './parse';

const HELP_FLAGS = new Set(['--help', '-h']);

/** The command being run, for error messages that point to its help. */
export interface Running {
    path: string | null;
}

async function runNamed(
    command: AnyCommand,
    argv: string[],
    path: string,
    io: CommandIo,
    running: Running
): Promise<number> {
    running.path = path;
    if (isGroup(command)) {
        const [sub, ...rest] = argv;
        const match = command.subcommands.find((c) => c.name === sub);
        if (match) return runNamed(match, rest, `${path} ${match.name}`, io, running);
        if (sub !== undefined && HELP_FLAGS.has(sub)) {
            io.stdout.write(commandHelp(command, path));
            return 0;
        }
        if (command.fallback) return runNamed(command.fallback, argv, path, io, running);
        throw new UsageError(
            command.unknownSubcommand?.(sub) ?? messages.unknownCommand(`${path} ${sub ?? ''}`.trim())
        );
    }
    if (asksForHelp(argv)) {
        io.stdout.write(commandHelp(command, path));
        return 0;
    }
    return command.run(parseCommandLine(command, argv, path), io);
}

/** `help <command…>`: that command's help; unknown names are an error like any unknown command. */
function helpFor(table: readonly AnyCommand[], names: string[]): string {
    let choices = table;
    let found: AnyCommand | undefined;
    const path: string[] = [];
    for (const name of names) {
        found = choices.find((c) => c.name === name);
        if (!found) throw new UsageError(messages.unknownCommand(shownArgument([...path, name].join(' '))));
        path.push(name);
        choices = isGroup(found) ? found.subcommands : [];
    }
    return found ? commandHelp(found, path.join(' ')) : topLevelHelp(table);
}

export async function dispatch(
    table: readonly AnyCommand[],
    argv: string[],
    io: CommandIo,
    running: Running = { path: null }
): Promise<number> {
    const [name, ...rest] = argv;
    if (name === undefined || name === 'help' || HELP_FLAGS.has(name)) {
        io.stdout.write(name === 'help' ? helpFor(table, rest) : topLevelHelp(table));
        // No command at all is a mistake a script should notice; asking for help is not.
        return name === undefined ? 2 : 0;
    }
    const command = table.find((c) => c.name === name);
    if (!command) throw new UsageError(messages.unknownCommand(shownArgument(name)));
    return runNamed(command, rest, name, io, running);
}
