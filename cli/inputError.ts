/**
 * The exit codes of `trust-ledger`, and the one base class of every error the user can fix.
 * The CLI turns any InputError into its exit code and one line on stderr, in one place
 * (`exitCodeOf` in run.ts); the modules that throw them (CSV reader, output files, org login,
 * folder locks) need nothing from the CLI but this leaf module.
 */

export const EXIT = {
    ok: 0,
    /** Something the program did not expect: a bug, printed with its stack. */
    bug: 1,
    /** Bad input (flags, files, model, login): nothing was written. */
    badInput: 2,
    /** Stopped early (the org's API limit, another run holds the lock): re-run to resume. */
    stopped: 3,
    /** Went to the end, but some records could not be written. */
    partial: 4
} as const;

export class InputError extends Error {
    override name = 'InputError';
    /** The exit code the command ends with. */
    readonly exitCode: number = EXIT.badInput;
    /** Whether a pointer to `--help` follows: the command was typed wrong, not fed bad data. */
    readonly showsUsage: boolean = false;

    /** The line the user reads: the message, unless a subclass words it for the CLI. */
    shown(): string {
        return this.message;
    }
}
