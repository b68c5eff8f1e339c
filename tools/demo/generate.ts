/**
 * `trust-ledger demo-data`: writes a synthetic Salesforce org as a Data Loader-style CSV
 * export (one file per object of the export contract), streaming account by account.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ExportObjectName } from '../../batch/exports/exportSchema';
import { EXPORT_OBJECT_NAMES, EXPORT_OBJECTS } from '../../batch/exports/exportSchema';
import { generateAccount } from './account';
import { DemoHierarchy } from './hierarchy';
import type { Archetype } from './archetypes';
import { ARCHETYPES } from './archetypes';
import { DateFormatter, MS_PER_HOUR, parseDate } from './calendar';
import { exportHeader, RecordFormatter } from './csvFormat';
import { CsvFileWriter } from './csvWriter';
import { mixSeed } from './random';
import type { EvidenceFile } from './evidenceFile';
import { INDUSTRY_FIELD, industryOf } from './industries';
import { INVOICES } from './invoices';
import { MEETINGS } from './meetings';
import { PRODUCT_USAGE } from './productUsage';
import { SURVEYS } from './surveys';
import type {
    DemoAccount,
    DemoCase,
    DemoCaseMilestone,
    DemoCommitment,
    DemoContract,
    DemoOpportunity,
    DemoOpportunityHistory,
    DemoReference,
    DemoSink
} from './records';
import type { KeyPrefixObject } from './salesforceId';
import { IdFactory, KEY_PREFIXES } from './salesforceId';
import type { OrgContext } from './scope';

export const DEFAULT_SEED = 42;
export const DEFAULT_REFERENCE_DATE = '2026-06-30';
/** `onProgress` is called every this many accounts, and once when all files are written. */
export const PROGRESS_INTERVAL = 1000;
/** Far more than anyone should generate, and safely inside the 9-character id sequences. */
const MAX_ACCOUNTS = 100_000_000;

export interface DemoDataOptions {
    accounts: number;
    outDir: string;
    seed?: number;
    /** `YYYY-MM-DD`; all history lies before it (about four years), some due dates after. */
    referenceDate?: string;
    /**
     * Put a few accounts under parents (tools/demo/hierarchy.ts). Off by default: the bundled
     * demo stays flat, so the panel's per-account score and `score --from` agree field for field.
     */
    hierarchies?: boolean;
    /**
     * Also write `Product_Usage__c.csv` (tools/demo/productUsage.ts), the evidence of the
     * product-usage custom signal. Off by default: the export contract's files stay as they are.
     */
    usage?: boolean;
    /** Also write `Survey_Response__c.csv`, NPS and CSAT answers (tools/demo/surveys.ts). */
    surveys?: boolean;
    /** Also write the standard `Event.csv`, meetings and calls (tools/demo/meetings.ts). */
    meetings?: boolean;
    /** Also write `Invoice__c.csv`, monthly invoices and their lateness (tools/demo/invoices.ts). */
    invoices?: boolean;
    /**
     * Add an `Industry` column to `Account.csv` (tools/demo/industries.ts), for models per
     * segment. Off by default, like the files above: the contract's Account.csv stays as it is.
     */
    industries?: boolean;
    /** Called every PROGRESS_INTERVAL accounts, and with `accounts` once all files are closed. */
    onProgress?: (accountsDone: number) => void;
}

export interface DemoDataSummary {
    outDir: string;
    accounts: number;
    seed: number;
    referenceDate: string;
    /** Data rows per file (headers excluded), by object API name; the optional files when asked for. */
    rows: Record<ExportObjectName, number> & Partial<Record<EvidenceObject, number>>;
    /** Data rows over all files. */
    totalRows: number;
    /** Absolute path of each file written. */
    files: Record<ExportObjectName, string> & Partial<Record<EvidenceObject, string>>;
    /** How many accounts of each archetype were generated (not visible in the CSV). */
    archetypes: Record<Archetype, number>;
}

/** The objects of the optional evidence files, in the order they are written and summed up. */
export type EvidenceObject = 'Product_Usage__c' | 'Survey_Response__c' | 'Event' | 'Invoice__c';

/** The optional evidence files the options ask for, in a fixed order. */
function evidenceFilesFor(options: DemoDataOptions): EvidenceFile[] {
    const asked: [boolean | undefined, EvidenceFile][] = [
        [options.usage, PRODUCT_USAGE],
        [options.surveys, SURVEYS],
        [options.meetings, MEETINGS],
        [options.invoices, INVOICES]
    ];
    return asked.filter(([on]) => on === true).map(([, file]) => file);
}

/** Real orgs' pods; the seed picks one so that different demo orgs look different. */
const PODS = ['5g', '8c', 'Dn', 'Hs', '4x', '7Q', 'Kd', '1U', 'Wq', '09', 'Ax', '3F'] as const;
const SEQUENCE_FLOOR = 62 ** 4 * 10;
const SEQUENCE_SPAN = 62 ** 5 - SEQUENCE_FLOOR;

/** Creates the org's id factory: pod and sequence starts derived from the seed. */
export function idFactoryFor(seed: number): IdFactory {
    const pod = PODS[mixSeed(seed, 0x706f64) % PODS.length] ?? '5g';
    const objects = Object.keys(KEY_PREFIXES) as KeyPrefixObject[];
    return new IdFactory(pod, (object) => {
        const salt = objects.indexOf(object) + 1;
        return SEQUENCE_FLOOR + (mixSeed(seed, 0x1d000 + salt) % SEQUENCE_SPAN);
    });
}

/** Builds the org context for a reference date and seed (exported for tests and other sinks). */
export function orgContextFor(seed: number, referenceDate: string): OrgContext {
    const referenceDay = parseDate(referenceDate);
    return {
        referenceDay,
        // The export was taken at noon (UTC) on the reference date.
        nowMs: referenceDay * 86_400_000 + 12 * MS_PER_HOUR,
        ids: idFactoryFor(seed)
    };
}

/** A sink that formats each record and appends it to its object's file. */
class CsvExportSink implements DemoSink {
    private readonly writers: Record<ExportObjectName, CsvFileWriter>;
    private readonly all: CsvFileWriter[];
    /** Accounts written so far: the next one's index, which picks its industry. */
    private accountIndex = 0;

    /** `industrySeed`: add the Industry column, drawn from this seed; null leaves it out. */
    constructor(
        outDir: string,
        private readonly format: RecordFormatter,
        private readonly industrySeed: number | null
    ) {
        const writers = {} as Record<ExportObjectName, CsvFileWriter>;
        for (const object of EXPORT_OBJECT_NAMES) {
            const path = join(outDir, `${EXPORT_OBJECTS[object].apiName}.csv`);
            const header = exportHeader(object);
            if (object === 'Account' && industrySeed !== null) header.push(INDUSTRY_FIELD);
            writers[object] = new CsvFileWriter(path, header);
        }
        this.writers = writers;
        this.all = EXPORT_OBJECT_NAMES.map((object) => writers[object]);
    }

    account(r: DemoAccount): void {
        this.format.offsetDatetimes = r.offsetDatetimes;
        const index = this.accountIndex++;
        const line = this.format.account(r);
        this.writers.Account.line(
            this.industrySeed === null ? line : `${line},${industryOf(r.segment, index, this.industrySeed)}`
        );
    }
    opportunity(r: DemoOpportunity): void {
        this.writers.Opportunity.line(this.format.opportunity(r));
    }
    opportunityHistory(r: DemoOpportunityHistory): void {
        this.writers.OpportunityHistory.line(this.format.opportunityHistory(r));
    }
    case(r: DemoCase): void {
        this.writers.Case.line(this.format.case(r));
    }
    caseMilestone(r: DemoCaseMilestone): void {
        this.writers.CaseMilestone.line(this.format.caseMilestone(r));
    }
    contract(r: DemoContract): void {
        this.writers.Contract.line(this.format.contract(r));
    }
    commitment(r: DemoCommitment): void {
        this.writers.Trust_Commitment__c.line(this.format.commitment(r));
    }
    reference(r: DemoReference): void {
        this.writers.Customer_Reference__c.line(this.format.reference(r));
    }

    get needsDrain(): boolean {
        return this.all.some((writer) => writer.needsDrain);
    }

    async drain(): Promise<void> {
        await Promise.all(this.all.map((writer) => writer.drain()));
    }

    async close(): Promise<void> {
        await Promise.all(this.all.map((writer) => writer.close()));
    }

    destroy(): void {
        for (const writer of this.all) writer.destroy();
    }

    rowCounts(): Record<ExportObjectName, number> {
        const rows = {} as Record<ExportObjectName, number>;
        for (const object of EXPORT_OBJECT_NAMES) rows[object] = this.writers[object].rows;
        return rows;
    }

    paths(): Record<ExportObjectName, string> {
        const paths = {} as Record<ExportObjectName, string>;
        for (const object of EXPORT_OBJECT_NAMES) paths[object] = this.writers[object].path;
        return paths;
    }
}

function checkOptions(options: DemoDataOptions): { seed: number; referenceDate: string } {
    const { accounts } = options;
    if (!Number.isSafeInteger(accounts) || accounts < 0 || accounts > MAX_ACCOUNTS) {
        throw new Error(`accounts must be a whole number from 0 to ${MAX_ACCOUNTS}, got ${accounts}`);
    }
    const seed = options.seed ?? DEFAULT_SEED;
    if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
    const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
    parseDate(referenceDate); // throws a clear message for a bad date
    if (options.outDir.trim() === '') throw new Error('outDir must not be empty');
    return { seed, referenceDate };
}

/**
 * Writes `<outDir>/<Object>.csv` for every object of the export contract. Deterministic:
 * the same accounts, seed and reference date give byte-identical files. Memory stays
 * bounded (one account at a time; file buffers flushed with backpressure).
 */
export async function generateDemoData(options: DemoDataOptions): Promise<DemoDataSummary> {
    const { seed, referenceDate } = checkOptions(options);
    const outDir = resolve(options.outDir);
    await mkdir(outDir, { recursive: true });

    // Seeds are 32-bit inside the PRNG; negative or large seeds fold into that range.
    const seed32 = Number(BigInt.asUintN(32, BigInt(seed)));
    const org = orgContextFor(seed32, referenceDate);
    // Dates of the generated history fall well inside ±6 years; others are formatted the slow way.
    const dates = new DateFormatter(org.referenceDay - 6 * 366, org.referenceDay + 6 * 366);
    const sink = new CsvExportSink(outDir, new RecordFormatter(dates), options.industries ? seed32 : null);
    const archetypes = Object.fromEntries(ARCHETYPES.map((a) => [a, 0])) as Record<Archetype, number>;
    const hierarchy = options.hierarchies ? new DemoHierarchy() : null;
    const evidence = evidenceFilesFor(options).map((file) => ({
        file,
        writer: new CsvFileWriter(join(outDir, `${file.object}.csv`), file.header)
    }));

    try {
        for (let index = 0; index < options.accounts; index++) {
            const account = generateAccount(org, seed32, index, sink, hierarchy?.parentOf(index) ?? null);
            hierarchy?.record(index, account.id);
            archetypes[account.archetype]++;
            for (const { file, writer } of evidence) {
                for (const line of file.lines(account, index, seed32, org.referenceDay, org.ids))
                    writer.line(line);
                if (writer.needsDrain) await writer.drain();
            }
            if (sink.needsDrain) await sink.drain();
            const done = index + 1;
            if (options.onProgress && done % PROGRESS_INTERVAL === 0 && done < options.accounts) {
                options.onProgress(done);
            }
        }
        await sink.close();
        await Promise.all(evidence.map(({ writer }) => writer.close()));
    } catch (error) {
        sink.destroy();
        for (const { writer } of evidence) writer.destroy();
        throw error;
    }
    // The last report comes once every file is complete on disk.
    options.onProgress?.(options.accounts);

    const rows: DemoDataSummary['rows'] = sink.rowCounts();
    const files: DemoDataSummary['files'] = sink.paths();
    let totalRows = 0;
    for (const object of EXPORT_OBJECT_NAMES) totalRows += rows[object];
    for (const { file, writer } of evidence) {
        const object = file.object as EvidenceObject;
        rows[object] = writer.rows;
        files[object] = writer.path;
        totalRows += writer.rows;
    }
    return {
        outDir,
        accounts: options.accounts,
        seed,
        referenceDate,
        rows,
        totalRows,
        files,
        archetypes
    };
}
