/**
 * `trust-ledger` command line. Parses arguments, maps bad input to exit code 2 with a
 * message naming what and where, and leaves all scoring to the engine and pipelines.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDay, parseDay, todayUtc } from '../../engine/dates';
import { defaultModel, InvalidModelError, parseModelJson, type TrustModel } from '../../engine/model';
import { explainResult } from '../../engine/explain';
import { scoreAccount } from '../../engine/score';
import { CsvInputError } from '../csv/errors';
import { generateDemoData } from '../demo';
import { prepareOfflineRun } from '../pipeline/offlineScore';
import { fileTarget, stdoutTarget } from '../output/atomicFile';
import { makeSink, OUTPUT_FORMATS, type OutputFormat } from '../output/formats';
import { messages, USAGE } from './messages';
import { stderrProgress } from './progress';

/** Bad input: exit code 2, message printed as is. */
export class UsageError extends Error {
    override name = 'UsageError';
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEMO_FOLDER = path.join(REPO_ROOT, 'data', 'demo');
/** The bundled demo export is generated relative to this day; `start` scores as of it. */
export const DEMO_AS_OF = '2026-06-30';

function readModel(file: string | undefined): TrustModel {
    if (file === undefined) return defaultModel();
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw new UsageError(
            messages.modelUnreadable(file, (error as NodeJS.ErrnoException).code ?? String(error))
        );
    }
    return parseModelJson(text, file);
}

function readAsOf(value: string | undefined): { day: number; text: string } {
    if (value === undefined) {
        const day = todayUtc();
        return { day, text: formatDay(day) };
    }
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value) : null;
    if (day === null) throw new UsageError(messages.badAsOf(value));
    return { day, text: value };
}

function readFolder(folder: string | undefined, command: string): string {
    if (folder === undefined) throw new UsageError(messages.missingOption('--from <folder>', command));
    if (!existsSync(folder) || !statSync(folder).isDirectory())
        throw new UsageError(messages.notAFolder(folder));
    if (!existsSync(path.join(folder, 'Account.csv'))) throw new UsageError(messages.noAccountFile(folder));
    return folder;
}

function readCount(option: string, value: string | undefined): number {
    if (value === undefined) throw new UsageError(messages.missingOption(`${option} <n>`, 'demo-data'));
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(messages.badCount(option, value));
    return Number(value);
}

const SCORE_OPTIONS = {
    from: { type: 'string' },
    'as-of': { type: 'string' },
    model: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'target-org': { type: 'string' },
    'instance-url': { type: 'string' },
    'access-token': { type: 'string' },
    bulk: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    'only-changed-since': { type: 'string' },
    quiet: { type: 'boolean' }
} as const;

interface ScoreArgs {
    folder: string;
    asOf: string | undefined;
    modelFile: string | undefined;
    format: OutputFormat;
    out: string | undefined;
    quiet: boolean;
}

export async function runScore(args: ScoreArgs): Promise<number> {
    const model = readModel(args.modelFile);
    const asOf = readAsOf(args.asOf);
    const folder = readFolder(args.folder, 'score');
    const progress = stderrProgress(!args.quiet);
    const run = await prepareOfflineRun({
        folder,
        model,
        asOf: asOf.day,
        onLoad: (p) => progress.update(`reading ${p.file}`, p.rows),
        onBaselines: (done: number) => progress.update('org baselines', done)
    });
    progress.done();
    for (const w of run.store.warnings) process.stderr.write(`warning: ${w.file}: ${w.message}\n`);
    const target = args.out ? fileTarget(args.out) : stdoutTarget();
    const color = !args.out && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const sink = makeSink(args.format, { asOf: asOf.text, model, target, color });
    try {
        const total = run.store.accounts;
        for (const result of run.results((done: number) => progress.update('scoring accounts', done, total)))
            await sink.add(result);
        await sink.finish();
        progress.done();
        await target.commit();
    } catch (error) {
        target.abort();
        throw error;
    }
    if (args.out && !args.quiet) process.stderr.write(`${messages.wrote(args.out, run.store.accounts)}\n`);
    return 0;
}

async function commandScore(argv: string[]): Promise<number> {
    const { values } = parseArgs({
        args: argv,
        options: SCORE_OPTIONS,
        allowPositionals: false,
        strict: true
    });
    if (values['target-org'] || values['instance-url'] || values['access-token'])
        throw new UsageError(messages.orgPathLater);
    const format = (values.format ?? 'table') as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(messages.badFormat(values.format ?? ''));
    return runScore({
        folder: readFolder(values.from, 'score'),
        asOf: values['as-of'],
        modelFile: values.model,
        format,
        out: values.out,
        quiet: values.quiet ?? false
    });
}

async function commandExplain(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args: argv,
        options: {
            from: { type: 'string' },
            'as-of': { type: 'string' },
            model: { type: 'string' },
            'target-org': { type: 'string' }
        },
        allowPositionals: true,
        strict: true
    });
    if (values['target-org']) throw new UsageError(messages.orgPathLater);
    const accountId = positionals[0];
    if (accountId === undefined) throw new UsageError(messages.missingOption('<accountId>', 'explain'));
    const model = readModel(values.model);
    const asOf = readAsOf(values['as-of']);
    const folder = readFolder(values.from, 'explain');
    const run = await prepareOfflineRun({ folder, model, asOf: asOf.day });
    const ordinal = run.store.findAccount(accountId);
    if (ordinal < 0) throw new UsageError(messages.accountNotFound(accountId));
    const result = scoreAccount(run.store.evidenceFor(ordinal), model, run.baselines, asOf.day);
    process.stdout.write(`${explainResult(result, model, { asOf: asOf.text })}\n`);
    return 0;
}

async function commandDemoData(argv: string[]): Promise<number> {
    const { values } = parseArgs({
        args: argv,
        options: {
            accounts: { type: 'string' },
            out: { type: 'string' },
            seed: { type: 'string' },
            'as-of': { type: 'string' }
        },
        strict: true
    });
    const accounts = readCount('--accounts', values.accounts);
    if (values.out === undefined) throw new UsageError(messages.missingOption('--out <folder>', 'demo-data'));
    const seed = values.seed === undefined ? 1 : readCount('--seed', values.seed);
    const referenceDate = values['as-of'] === undefined ? DEMO_AS_OF : readAsOf(values['as-of']).text;
    const progress = stderrProgress(true);
    const summary = await generateDemoData({
        accounts,
        outDir: values.out,
        seed,
        referenceDate,
        onProgress: (done: number) => progress.update('generating accounts', done, accounts)
    });
    progress.done();
    process.stderr.write(
        `wrote a demo org of ${accounts} accounts to ${values.out} (as of ${referenceDate}): ${JSON.stringify(summary)}\n`
    );
    return 0;
}

async function commandModel(argv: string[]): Promise<number> {
    const [sub, file] = argv;
    if (sub !== 'validate')
        throw new UsageError(
            sub === 'pull' || sub === 'push'
                ? messages.orgPathLater
                : messages.unknownCommand(`model ${sub ?? ''}`.trim())
        );
    if (file === undefined) throw new UsageError(messages.missingOption('<file.json>', 'model validate'));
    const model = readModel(file);
    process.stdout.write(`${messages.modelValid(model.name, model.version)}\n`);
    return 0;
}

/** `npm start`: score the bundled demo org and say where to look next. */
async function commandStart(): Promise<number> {
    process.stderr.write(
        `Scoring the bundled demo org (${path.relative(process.cwd(), DEMO_FOLDER) || DEMO_FOLDER}) as of ${DEMO_AS_OF}…\n`
    );
    await runScore({
        folder: DEMO_FOLDER,
        asOf: DEMO_AS_OF,
        modelFile: undefined,
        format: 'table',
        out: undefined,
        quiet: false
    });
    process.stdout.write(
        [
            'Next:',
            `  npx trust-ledger explain <accountId> --from data/demo --as-of ${DEMO_AS_OF}   the receipt of one account, in words`,
            `  npx trust-ledger score --from data/demo --as-of ${DEMO_AS_OF} --format json    the full receipts as JSON`,
            '  npx trust-ledger demo-data --accounts 10000 --out tmp/org                       a bigger synthetic org',
            ''
        ].join('\n')
    );
    return 0;
}

export async function runCli(argv: string[]): Promise<number> {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'score':
                return await commandScore(rest);
            case 'explain':
                return await commandExplain(rest);
            case 'demo-data':
                return await commandDemoData(rest);
            case 'model':
                return await commandModel(rest);
            case 'start':
                return await commandStart();
            case undefined:
            case 'help':
            case '--help':
            case '-h':
                process.stdout.write(USAGE);
                return command === undefined ? 2 : 0;
            default:
                throw new UsageError(messages.unknownCommand(command));
        }
    } catch (error) {
        if (
            error instanceof UsageError ||
            error instanceof CsvInputError ||
            error instanceof InvalidModelError
        ) {
            process.stderr.write(`trust-ledger: ${error.message}\n`);
            if (error instanceof UsageError) process.stderr.write('Run "trust-ledger help" for usage.\n');
            return 2;
        }
        if (
            error instanceof TypeError &&
            (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')
        ) {
            process.stderr.write(`trust-ledger: ${error.message}\nRun "trust-ledger help" for usage.\n`);
            return 2;
        }
        throw error;
    }
}
