/**
 * `npm start`: the whole product in one command, no Salesforce org needed. Starts the
 * embedded local org in-process with the bundled demo export, runs the batch pipeline
 * through jsforce (read, score, write receipts and Account fields), shows the result.
 */
import path from 'node:path';
import { connect, OrgApi } from '../../batch/org';
import { startLocalOrg } from '../../tools/localOrg';
import { DEMO_AS_OF, DEMO_FOLDER, readAsOf } from '../args';
import type { CommandIo } from '../command';
import { startMessages as m } from '../messages';
import { DEMO_MODEL_FILE, ensureDemoModel } from './demoModel';
import { scoreOrg } from './scoreOrg';

export async function runStart(io: CommandIo): Promise<number> {
    const dataDir = path.join(io.cwd, '.localorg', 'demo');
    io.stderr.write(`${m.starting(path.relative(io.cwd, DEMO_FOLDER))}\n`);
    const org = await startLocalOrg({ dataDir, importFrom: DEMO_FOLDER });
    try {
        const connection = { instanceUrl: org.instanceUrl, accessToken: org.accessToken };
        const saved = await ensureDemoModel(new OrgApi(await connect(connection)));
        if (saved) io.stderr.write(`${m.demoModel(saved.name, path.relative(io.cwd, DEMO_MODEL_FILE))}\n`);
        io.stderr.write(`${m.scoring(DEMO_AS_OF)}\n`);
        const code = await scoreOrg({
            connection,
            asOf: readAsOf(DEMO_AS_OF),
            format: 'table',
            out: undefined,
            bulk: false,
            dryRun: false,
            onlyChangedSince: null,
            quiet: true,
            checkpointDir: path.join(io.cwd, '.localorg', 'checkpoints'),
            io
        });
        io.stdout.write(m.next(DEMO_AS_OF, path.relative(io.cwd, org.dataFile)));
        return code;
    } finally {
        await org.close();
    }
}
