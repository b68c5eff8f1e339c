/**
 * `demo-data load --from <folder> (--target-org | --instance-url --access-token) [--json]`:
 * creates a demo export's records in an org. The summary goes to stdout, or with `--json`
 * one JSON object goes to stdout and the summary to stderr.
 */
import path from 'node:path';
import { OrgApi } from '../../batch/org';
import { loadDemoData, readLoadPlan } from '../../tools/demo/load';
import { readFolder } from '../args';
import type { CommandIo } from '../command';
import { EXIT } from '../inputError';
import { formatLoadSummary, loadSummaryJson } from '../loadSummary';
import { connectionFrom, type OrgValues } from '../orgFlags';
import { stderrProgress } from '../progress';

export interface DemoLoadFlags extends OrgValues {
    from?: string;
    json?: boolean;
    quiet?: boolean;
}

export async function runDemoLoad(values: DemoLoadFlags, io: CommandIo): Promise<number> {
    const folder = readFolder(values.from, 'demo-data load');
    // Bad input stops here, before any login or API call.
    const plan = await readLoadPlan(folder);
    const api = new OrgApi(await connectionFrom(values, io.env));
    const progress = stderrProgress(values.quiet !== true, io.stderr);
    try {
        const summary = await loadDemoData({
            api,
            folder,
            plan,
            stateDir: io.env.TRUST_LEDGER_STATE_DIR ?? path.join(io.cwd, '.trust-ledger'),
            onProgress: (stage, done, total) => progress.update(stage, done, total)
        });
        progress.done();
        const text = formatLoadSummary(summary);
        if (values.json === true) {
            io.stdout.write(`${loadSummaryJson(summary)}\n`);
            io.stderr.write(`${text}\n`);
        } else io.stdout.write(`${text}\n`);
        return summary.stoppedByLimit ? EXIT.stopped : EXIT.ok;
    } finally {
        progress.done();
    }
}
