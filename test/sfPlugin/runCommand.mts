/**
 * Runs one `sf trust …` command as oclif finds and runs it in this package (the `oclif`
 * section of package.json, the TypeScript sources through tsx), with @oclif/test's
 * `runCommand`, and prints what happened as one JSON line. A child process: the plugin is an
 * ES module graph with a top-level await, which Jest's CommonJS module system cannot load.
 * Usage: runCommand.mts <command id and argv…>, e.g. `trust:score --from data/demo --json`.
 */
import path from 'node:path';
import { runCommand } from '@oclif/test';

const root = path.resolve(import.meta.dirname, '..', '..');
const { stdout, stderr, error } = await runCommand(process.argv.slice(2), { root });
const exitCode = process.exitCode ?? 0;
process.stdout.write(
    `${JSON.stringify({
        stdout,
        stderr,
        error: error ? { message: error.message, exitCode: (error as { exitCode?: number }).exitCode } : null,
        exitCode
    })}\n`
);
// What the command ended with is in the line above; the harness itself succeeded.
process.exitCode = 0;
