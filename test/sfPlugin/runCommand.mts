/**
 * Runs one `sf trust …` command class as oclif runs it (`Command.run(argv, config)` with the
 * package's config), output captured by @oclif/test, and prints what happened as one JSON
 * line. A child process: the plugin is an ES module graph with a top-level await, which
 * Jest's CommonJS module system cannot load. Usage: runCommand.mts <commands/… path> <argv…>
 */
import path from 'node:path';
import { Config } from '@oclif/core';
import { captureOutput } from '@oclif/test';

const root = path.resolve(import.meta.dirname, '..', '..');
const [command, ...argv] = process.argv.slice(2);
const config = await Config.load(root);
const { default: Command } = await import(path.join(root, 'scripts/cli/sfPlugin/commands', `${command}.ts`));
const output = await captureOutput(() => Command.run(argv, config));
process.stdout.write(
    `${JSON.stringify({
        stdout: output.stdout,
        stderr: output.stderr,
        error: output.error
            ? { message: output.error.message, exitCode: (output.error as { exitCode?: number }).exitCode }
            : null,
        exitCode: process.exitCode ?? 0
    })}\n`
);
process.exitCode = 0;
