/**
 * `npm run preview`: builds the page, starts the local org on the demo data (as `npm start`
 * does: the bundled export imported, then the batch pipeline run through jsforce so the org
 * holds receipts, the Account trust fields and the baselines), and serves the page.
 */
import path from 'node:path';
import { DEMO_AS_OF, DEMO_FOLDER, readAsOf } from '../../cli/args';
import { startLocalOrg, type LocalOrg } from '../localOrg';
import { connect, formatSummary, OrgApi } from '../../batch/org';
import { runOrgScore } from '../../batch/run/orgJob';
import type { BuildResult } from './build';
import { DEFAULT_DATA_DIR, DEFAULT_OUT_DIR } from './paths';
import { startPreviewServer, type PreviewServer } from './server';

export interface PreviewOptions {
    /** Local org data folder; default `.localorg/demo` (shared with `npm start`). */
    dataDir?: string;
    /** Export folder imported on start; default the bundled demo (`data/demo`); null imports nothing. */
    importFrom?: string | null;
    /** Run the batch scorer after the import (default true), as `npm start` does. */
    score?: boolean;
    /** Preview server port; 0 (default) picks a free one. */
    port?: number;
    /** Build output; default `tmp/preview`. */
    outDir?: string;
    /** Skip the build and serve what `outDir` holds. */
    build?: boolean;
    mode?: 'production' | 'development';
    /** Progress lines; default stderr. */
    log?: (line: string) => void;
}

export interface RunningPreview {
    url: string;
    org: LocalOrg;
    server: PreviewServer;
    build: BuildResult | null;
    /** What the batch run printed as its summary, when it ran. */
    scoreSummary: string | null;
    close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
    const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    const outDir = options.outDir ?? DEFAULT_OUT_DIR;
    let build: BuildResult | null = null;
    if (options.build !== false) {
        log('Building the preview (components, base components, SLDS)…');
        // Lazily: the LWC toolchain is ES modules only, and a test that serves a prebuilt page
        // (build: false) must not load it.
        const { buildPreview } = await import('./build');
        build = await buildPreview({ outDir, ...(options.mode === undefined ? {} : { mode: options.mode }) });
        for (const warning of build.warnings) log(`  warning: ${warning}`);
        log(
            `Built ${build.components.length} package components in ${(build.durationMs / 1000).toFixed(1)} s.`
        );
    }
    const importFrom = options.importFrom === undefined ? DEMO_FOLDER : options.importFrom;
    const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
    log(
        `Starting the local org (${path.relative(process.cwd(), dataDir) || dataDir}${
            importFrom === null ? '' : `, importing ${path.relative(process.cwd(), importFrom)}`
        })…`
    );
    const org = await startLocalOrg({ dataDir, ...(importFrom === null ? {} : { importFrom }) });
    let server: PreviewServer | null = null;
    try {
        let scoreSummary: string | null = null;
        if (options.score !== false) {
            log(`Scoring it through jsforce as of ${DEMO_AS_OF}, as npm start does…`);
            const asOf = readAsOf(DEMO_AS_OF);
            const api = new OrgApi(
                await connect({ instanceUrl: org.instanceUrl, accessToken: org.accessToken })
            );
            const summary = await runOrgScore({
                api,
                asOf,
                bulk: false,
                dryRun: false,
                onlyChangedSince: null,
                checkpointDir: path.join(path.resolve(dataDir), 'checkpoints')
            });
            scoreSummary = formatSummary(summary, {
                instanceUrl: org.instanceUrl,
                asOf: asOf.text,
                dryRun: false
            });
        }
        server = await startPreviewServer({
            org,
            outDir,
            ...(options.port === undefined ? {} : { port: options.port })
        });
        const running = server;
        return {
            url: running.url,
            org,
            server: running,
            build,
            scoreSummary,
            close: async () => {
                await running.close();
                await org.close();
            }
        };
    } catch (error) {
        await server?.close();
        await org.close();
        throw error;
    }
}
