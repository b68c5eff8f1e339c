/**
 * `trust-ledger` command line: dispatches to one module per command and maps bad input to
 * exit code 2 with a message naming what and where. Every message leaving the CLI is
 * redacted, so a token never reaches a terminal or a log.
 */
import { createRequire } from 'node:module';
import { InvalidModelError } from '../../engine/model';
import { CsvInputError } from '../csv/errors';
import { FolderLockedError } from '../files/folderLock';
import { BulkJobError, ConnectError, OrgDataError } from '../org/errors';
import { redact, registerArgumentSecrets } from '../org/redact';
import { OutputError } from '../output/errors';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/formats';
import { inertLines } from '../output/terminalText';
import { parseCommand, readAsOf, readFolder, readSince, shownArgument, UsageError } from './args';
import { commandDemoData } from './commands/demoData';
import { scoreFolder } from './commands/scoreFolder';
import { messages, USAGE } from './messages';
import { ORG_OPTIONS, orgFrom } from './orgFlags';
import { stopAllProgress } from './progress';

/**
 * Commands that talk to an org or run the local org load jsforce, SQLite and the SOQL
 * parser; they are loaded only when used, so offline commands start in a fraction of a second.
 */
const load = createRequire(__filename);
const lazy = {
    demoLoad: () => load('./commands/demoLoad') as typeof import('./commands/demoLoad'),
    backtest: () => load('./commands/backtest') as typeof import('./commands/backtest'),
    calibrate: () => load('./commands/calibrate') as typeof import('./commands/calibrate'),
    explain: () => load('./commands/explain') as typeof import('./commands/explain'),
    model: () => load('./commands/model') as typeof import('./commands/model'),
    scoreOrg: () => load('./commands/scoreOrg') as typeof import('./commands/scoreOrg'),
    start: () => load('./commands/start') as typeof import('./commands/start'),
    localOrg: () => load('../localOrg/command') as typeof import('../localOrg/command')
};

export { UsageError } from './args';

function readFormat(value: string | undefined): OutputFormat | null {
    if (value === undefined) return null;
    if (!OUTPUT_FORMATS.includes(value as OutputFormat)) throw new UsageError(messages.badFormat(value));
    return value as OutputFormat;
}

async function commandScore(argv: string[]): Promise<number> {
    const { values } = parseCommand({
        args: argv,
        options: {
            ...ORG_OPTIONS,
            from: { type: 'string' },
            'as-of': { type: 'string' },
            model: { type: 'string' },
            format: { type: 'string' },
            out: { type: 'string' },
            bulk: { type: 'boolean' },
            'dry-run': { type: 'boolean' },
            'only-changed-since': { type: 'string' },
            'skip-unknown-accounts': { type: 'boolean' },
            quiet: { type: 'boolean' }
        },
        strict: true
    });
    const format = readFormat(values.format);
    const org = orgFrom(values, values.from);
    if (org) {
        return lazy.scoreOrg().scoreOrg({
            connection: org,
            asOf: readAsOf(values['as-of']),
            format,
            out: values.out,
            bulk: values.bulk ?? false,
            dryRun: values['dry-run'] ?? false,
            onlyChangedSince: readSince(values['only-changed-since']),
            quiet: values.quiet ?? false
        });
    }
    return scoreFolder({
        folder: readFolder(values.from, 'score'),
        asOf: values['as-of'],
        modelFile: values.model,
        format: format ?? 'table',
        out: values.out,
        quiet: values.quiet ?? false,
        skipUnknownAccounts: values['skip-unknown-accounts'] ?? false
    });
}

async function commandExplain(argv: string[]): Promise<number> {
    const { values, positionals } = parseCommand({
        args: argv,
        options: {
            ...ORG_OPTIONS,
            from: { type: 'string' },
            'as-of': { type: 'string' },
            model: { type: 'string' },
            'skip-unknown-accounts': { type: 'boolean' }
        },
        allowPositionals: true,
        strict: true
    });
    const accountId = positionals[0];
    if (accountId === undefined) throw new UsageError(messages.missingOption('<accountId>', 'explain'));
    const asOf = readAsOf(values['as-of']);
    const org = orgFrom(values, values.from);
    const { explainFromFolder, explainFromOrg } = lazy.explain();
    const text = org
        ? await explainFromOrg(accountId, org, asOf)
        : await explainFromFolder(accountId, readFolder(values.from, 'explain'), asOf, values.model, {
              skipUnknownParents: values['skip-unknown-accounts'] ?? false
          });
    process.stdout.write(`${text}\n`);
    return 0;
}

/** Errors from the org as one line: code and message (jsforce's HttpApiError carries both). */
function orgRefusal(error: unknown): string | null {
    const e = error as { errorCode?: unknown; message?: unknown };
    if (typeof e?.errorCode !== 'string' || typeof e.message !== 'string') return null;
    return messages.orgRejected(e.errorCode, e.message);
}

export async function runCli(argv: string[]): Promise<number> {
    registerArgumentSecrets(argv, process.env);
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'score':
                return await commandScore(rest);
            case 'explain':
                return await commandExplain(rest);
            case 'backtest':
                return await lazy.backtest().commandBacktest(rest);
            case 'calibrate':
                return await lazy.calibrate().commandCalibrate(rest);
            case 'demo-data':
                // `demo-data load` writes to an org (jsforce); generating a folder does not.
                return rest[0] === 'load'
                    ? await lazy.demoLoad().commandDemoLoad(rest.slice(1))
                    : await commandDemoData(rest);
            case 'model':
                return await lazy.model().commandModel(rest);
            case 'local-org':
                return await lazy.localOrg().runLocalOrgCommand(rest);
            case 'start':
                return await lazy.start().commandStart();
            case undefined:
            case 'help':
            case '--help':
            case '-h':
                process.stdout.write(USAGE);
                return command === undefined ? 2 : 0;
            default:
                throw new UsageError(messages.unknownCommand(shownArgument(command)));
        }
    } catch (error) {
        const known =
            error instanceof UsageError ||
            error instanceof CsvInputError ||
            error instanceof InvalidModelError ||
            error instanceof ConnectError ||
            error instanceof OrgDataError ||
            error instanceof BulkJobError ||
            // `start`: another local org (npm start, npm run preview) is serving the demo store.
            error instanceof FolderLockedError;
        if (known) {
            process.stderr.write(`trust-ledger: ${inertLines(redact(error.message))}\n`);
            if (error instanceof UsageError) process.stderr.write('Run "trust-ledger help" for usage.\n');
            return 2;
        }
        if (error instanceof OutputError) {
            process.stderr.write(`trust-ledger: ${redact(messages.outputFailed(error.message))}\n`);
            return 2;
        }
        if (
            error instanceof TypeError &&
            (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')
        ) {
            process.stderr.write(
                `trust-ledger: ${inertLines(redact(error.message))}\nRun "trust-ledger help" for usage.\n`
            );
            return 2;
        }
        const refusal = orgRefusal(error);
        if (refusal) {
            process.stderr.write(`trust-ledger: ${inertLines(redact(refusal))}\n`);
            return 2;
        }
        throw new Error(
            inertLines(redact(error instanceof Error ? (error.stack ?? error.message) : String(error)))
        );
    } finally {
        stopAllProgress();
    }
}
