/**
 * `demo-data load --from <folder> (--target-org | --instance-url --access-token) [--json]`:
 * creates a demo export's records in an org. The summary goes to stdout, or with `--json`
 * one JSON object goes to stdout and the summary to stderr.
 */
import path from 'node:path';
import { connect, OrgApi } from '../../org';
import { loadDemoData, readLoadPlan } from '../../org/demoLoad';
import { parseCommand, readFolder } from '../args';
import { formatLoadSummary, loadSummaryJson } from '../loadSummary';
import { ORG_OPTIONS, orgFrom } from '../orgFlags';
import { stderrProgress } from '../progress';
import { EXIT_STOPPED } from './scoreOrg';

export async function commandDemoLoad(argv: string[]): Promise<number> {
    const { values } = parseCommand({
        args: argv,
        options: {
            ...ORG_OPTIONS,
            from: { type: 'string' },
            json: { type: 'boolean' },
            quiet: { type: 'boolean' }
        },
        strict: true
    });
    const folder = readFolder(values.from, 'demo-data load');
    // Bad input stops here, before any login or API call.
    const plan = await readLoadPlan(folder);
    // No flags: connect() names what is missing (or uses the SF_* environment).
    const api = new OrgApi(await connect(orgFrom(values) ?? {}));
    const progress = stderrProgress(values.quiet !== true);
    try {
        const summary = await loadDemoData({
            api,
            folder,
            plan,
            stateDir: process.env.TRUST_LEDGER_STATE_DIR ?? path.join(process.cwd(), '.trust-ledger'),
            onProgress: (stage, done, total) => progress.update(stage, done, total)
        });
        progress.done();
        const text = formatLoadSummary(summary);
        if (values.json === true) {
            process.stdout.write(`${loadSummaryJson(summary)}\n`);
            process.stderr.write(`${text}\n`);
        } else process.stdout.write(`${text}\n`);
        return summary.stoppedByLimit ? EXIT_STOPPED : 0;
    } finally {
        progress.done();
    }
}
