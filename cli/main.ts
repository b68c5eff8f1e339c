/**
 * `trust-ledger` command line: finds the command in the table, runs it, and turns what went
 * wrong into an exit code in one place (exit.ts). Every message leaving the CLI is redacted,
 * so a token never reaches a terminal or a log.
 */
import { registerArgumentSecrets } from '../batch/org/redact';
import { processIo, type CommandIo } from './command';
import { dispatch, type Running } from './dispatch';
import { reportError } from './exit';
import { stopAllProgress } from './progress';
import { COMMANDS } from './table';

export { UsageError } from './args';
export { InputError, EXIT } from './inputError';

export async function runCli(argv: string[], io: CommandIo = processIo()): Promise<number> {
    registerArgumentSecrets(argv, io.env);
    const running: Running = { path: null };
    try {
        return await dispatch(COMMANDS, argv, io, running);
    } catch (error) {
        return reportError(error, io.stderr, running.path);
    } finally {
        stopAllProgress();
    }
}
