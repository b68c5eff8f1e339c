/**
 * Entry of `npm run preview [-- --port <n>] [--data <folder>] [--no-build] [--no-score] [--dev]`:
 * the same command as `trust-ledger preview`, declared in the CLI's command table.
 */
import { UsageError } from '../../cli/args';
import {
    previewCommand,
    previewOptionsFrom,
    type PreviewStartOptions
} from '../../cli/commands/previewCommand';
import { runCli } from '../../cli/main';
import { parseCommandLine } from '../../cli/parse';

/** A mistake in the preview's arguments: the CLI's usage error. */
export const PreviewUsageError = UsageError;

export function parsePreviewArgs(argv: string[], cwd: string = process.cwd()): PreviewStartOptions {
    return previewOptionsFrom(parseCommandLine(previewCommand, argv, 'preview').values, cwd);
}

export function runPreview(argv: string[]): Promise<number> {
    return runCli(['preview', ...argv]);
}

if (require.main === module) {
    runPreview(process.argv.slice(2)).then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            process.stderr.write(
                `preview: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
            );
            process.exitCode = 1;
        }
    );
}
