/**
 * Entry of `npm run preview [-- --port <n>] [--data <folder>] [--no-build] [--dev]`: builds
 * and serves the page until Ctrl-C.
 */
import path from 'node:path';
import { startPreview, type PreviewOptions } from './preview';

export class PreviewUsageError extends Error {
    override name = 'PreviewUsageError';
}

export function parsePreviewArgs(argv: string[]): PreviewOptions {
    const options: PreviewOptions = {};
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] as string;
        const value = (): string => {
            const next = argv[++i];
            if (next === undefined || next.startsWith('--'))
                throw new PreviewUsageError(`${arg} needs a value`);
            return next;
        };
        if (arg === '--port') {
            const port = Number(value());
            if (!Number.isInteger(port) || port < 0 || port > 65535)
                throw new PreviewUsageError(`--port: not a port number: ${argv[i]}`);
            options.port = port;
        } else if (arg === '--data') options.dataDir = path.resolve(value());
        else if (arg === '--no-build') options.build = false;
        else if (arg === '--no-score') options.score = false;
        else if (arg === '--dev') options.mode = 'development';
        else
            throw new PreviewUsageError(
                `unknown option ${arg} (options: --port <n>, --data <folder>, --no-build, --no-score, --dev)`
            );
    }
    return options;
}

export async function runPreview(argv: string[]): Promise<number> {
    let options: PreviewOptions;
    try {
        options = parsePreviewArgs(argv);
    } catch (error) {
        if (!(error instanceof PreviewUsageError)) throw error;
        process.stderr.write(`preview: ${error.message}\n`);
        return 2;
    }
    const preview = await startPreview(options);
    if (preview.scoreSummary !== null) process.stderr.write(`${preview.scoreSummary}\n`);
    process.stdout.write(
        [
            '',
            `Trust Ledger preview: ${preview.url}`,
            `  Trust panel on an Account page: ${preview.url}#/`,
            `  Trust Ledger Setup:             ${preview.url}#/setup`,
            `  as a sales rep instead of an admin: ${preview.url}?as=rep`,
            'Ctrl-C stops it.',
            ''
        ].join('\n')
    );
    await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
    });
    await preview.close();
    return 0;
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
