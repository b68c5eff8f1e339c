/**
 * The one place an error becomes an exit code: anything the user can fix is an InputError
 * (or one of the few foreign errors mapped onto it here) and ends as its exit code with one
 * redacted, inert line on stderr; anything else is a bug and is rethrown with its stack.
 */
import { InvalidModelError } from '../engine/model';
import { redact } from '../batch/org/redact';
import { inertLines } from '../batch/output/terminalText';
import type { OutputStream } from './command';
import { InputError } from './inputError';
import { messages } from './messages';

/** An error the org sent back, as one line: jsforce's HttpApiError carries a code and a message. */
function orgRefusal(error: unknown): string | null {
    const e = error as { errorCode?: unknown; message?: unknown };
    if (typeof e?.errorCode !== 'string' || typeof e.message !== 'string') return null;
    return messages.orgRejected(e.errorCode, e.message);
}

/** The InputError an error stands for, or null for a bug. */
export function asInputError(error: unknown): InputError | null {
    if (error instanceof InputError) return error;
    // The engine is bundled into the components too, so it cannot depend on the CLI's base class.
    if (error instanceof InvalidModelError) return new InputError(error.message);
    const refusal = orgRefusal(error);
    return refusal === null ? null : new InputError(refusal);
}

/** A bug, with its stack, redacted and inert: what is rethrown instead of it. */
export function bugError(error: unknown): Error {
    return new Error(
        inertLines(redact(error instanceof Error ? (error.stack ?? error.message) : String(error)))
    );
}

/**
 * Writes what went wrong to `stderr` and returns the exit code; `path` is the command that was
 * running (`score`, `model push`), or null before one was recognised.
 */
export function reportError(error: unknown, stderr: OutputStream, path: string | null): number {
    const input = asInputError(error);
    if (input === null) throw bugError(error);
    stderr.write(`trust-ledger: ${inertLines(redact(input.shown()))}\n`);
    if (input.showsUsage) stderr.write(`${messages.usageHint(path)}\n`);
    return input.exitCode;
}
