/**
 * `trust-ledger preview` (also `npm run preview`): the package's components built and served
 * in a browser, fed by the local org. The builder (LWC compiler, rollup) is development
 * tooling that the npm package does not ship, so it is loaded only when run, from a checkout.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { readPort } from '../args';
import { defineCommand, type Values } from '../command';
import { InputError } from '../inputError';
import { optionHelp as help, previewMessages as m, summaries } from '../messages';

const load = createRequire(__filename);

/** The options of `startPreview` this command sets (preview/preview.ts). */
export interface PreviewStartOptions {
    port?: number;
    dataDir?: string;
    build?: boolean;
    score?: boolean;
    mode?: 'production' | 'development';
}

/** What this command uses of preview/preview.ts, which the compiled CLI leaves out. */
interface PreviewModule {
    startPreview(options: PreviewStartOptions): Promise<{
        url: string;
        scoreSummary: string | null;
        close(): Promise<void>;
    }>;
}

const PREVIEW_OPTIONS = {
    port: { type: 'string', value: 'n', help: help.previewPort },
    data: { type: 'string', value: 'folder', help: help.previewData },
    'no-build': { type: 'boolean', help: help.noBuild },
    'no-score': { type: 'boolean', help: help.noScore },
    dev: { type: 'boolean', help: help.dev }
} as const;

/** The parsed flags as `startPreview` options: only what was given, the rest left to its defaults. */
export function previewOptionsFrom(values: Values<typeof PREVIEW_OPTIONS>, cwd: string): PreviewStartOptions {
    const options: PreviewStartOptions = {};
    if (values.port !== undefined) options.port = readPort(values.port);
    if (values.data !== undefined) options.dataDir = path.resolve(cwd, values.data);
    if (values['no-build']) options.build = false;
    if (values['no-score']) options.score = false;
    if (values.dev) options.mode = 'development';
    return options;
}

function previewModule(): PreviewModule {
    try {
        return load('../../tools/preview/preview') as PreviewModule;
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND')
            throw new InputError(m.needsCheckout);
        throw error;
    }
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<void> {
    return new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
    });
}

export const previewCommand = defineCommand({
    name: 'preview',
    summary: summaries.preview,
    options: PREVIEW_OPTIONS,
    async run({ values }, io) {
        const options = previewOptionsFrom(values, io.cwd);
        const preview = await previewModule().startPreview(options);
        if (preview.scoreSummary !== null) io.stderr.write(`${preview.scoreSummary}\n`);
        io.stdout.write(m.ready(preview.url));
        await untilSignal();
        await preview.close();
        return 0;
    }
});
