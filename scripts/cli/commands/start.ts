/**
 * `npm start`: the whole product in one command, no Salesforce org needed. Starts the
 * embedded local org in-process with the bundled demo export, runs the batch pipeline
 * through jsforce (read, score, write receipts and Account fields), shows the result.
 */
import path from 'node:path';
import { startLocalOrg } from '../../localOrg';
import { DEMO_AS_OF, DEMO_FOLDER, readAsOf } from '../args';
import { scoreOrg } from './scoreOrg';

export async function commandStart(): Promise<number> {
    const dataDir = path.join(process.cwd(), '.localorg', 'demo');
    process.stderr.write(
        `Starting the local org with the bundled demo data (${path.relative(process.cwd(), DEMO_FOLDER)})…\n`
    );
    const org = await startLocalOrg({ dataDir, importFrom: DEMO_FOLDER });
    try {
        process.stderr.write(`Scoring it through jsforce as of ${DEMO_AS_OF}…\n`);
        const code = await scoreOrg({
            connection: { instanceUrl: org.instanceUrl, accessToken: org.accessToken },
            asOf: readAsOf(DEMO_AS_OF),
            format: 'table',
            out: undefined,
            bulk: false,
            dryRun: false,
            onlyChangedSince: null,
            quiet: true,
            checkpointDir: path.join(process.cwd(), '.localorg', 'checkpoints')
        });
        process.stdout.write(
            [
                '',
                'Next:',
                `  npx trust-ledger explain <accountId> --from data/demo --as-of ${DEMO_AS_OF}    one receipt, in words`,
                `  npx trust-ledger score --from data/demo --as-of ${DEMO_AS_OF} --format json     every receipt as JSON`,
                '  npx trust-ledger local-org start --data data/demo                             serve the org yourself,',
                '     then: npx trust-ledger score --instance-url <url> --access-token <token>     and score it from outside',
                '  npx trust-ledger demo-data --accounts 10000 --out tmp/org                        a bigger synthetic org',
                '  npm run preview                                                                  the Trust panel and setup page in a browser, on this org',
                `The receipts are stored in ${path.relative(process.cwd(), org.dataFile)} (Trust_Score__c, one per account per day).`,
                ''
            ].join('\n')
        );
        return code;
    } finally {
        await org.close();
    }
}
