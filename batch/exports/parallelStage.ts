/**
 * Stages a CSV export folder with a small pool of worker threads, biggest files first, so
 * parsing — the dominant cost — uses every core. Falls back to one thread when workers are
 * not wanted (TRUST_LEDGER_WORKERS=0) or the machine has a single core.
 */
import { statSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CsvInputError } from './errors';
import {
    EXPORT_OBJECT_NAMES,
    type ColumnSpec,
    type CustomExportObject,
    type ExportObjectName
} from './exportSchema';
import { fromState, type StagedTableData } from './stageTable';
import type { StageJob, StageReply } from './stageWorker';

/** Below this much CSV, starting workers (each compiles its TypeScript) costs more than it saves. */
const PARALLEL_FROM_BYTES = 32 * 1024 * 1024;

/** Worker threads for a folder: TRUST_LEDGER_WORKERS if set, else up to 2 for big exports. */
export function workerCount(folder: string): number {
    const configured = Number(process.env.TRUST_LEDGER_WORKERS);
    if (process.env.TRUST_LEDGER_WORKERS !== undefined && Number.isInteger(configured) && configured >= 0)
        return configured;
    const bytes = EXPORT_OBJECT_NAMES.reduce((sum, name) => sum + fileSize(folder, name), 0);
    if (bytes < PARALLEL_FROM_BYTES) return 0;
    return Math.min(
        2,
        typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
    );
}

function fileSize(folder: string, object: string): number {
    const file = path.join(folder, `${object}.csv`);
    return existsSync(file) ? statSync(file).size : 0;
}

/**
 * Stages the export contract's files and the files custom signals read (`custom`), biggest
 * first; the custom objects' tables come back by object name in `custom`.
 */
export async function stageFolderInParallel(
    folder: string,
    extraColumns: Partial<Record<ExportObjectName, ColumnSpec[]>>,
    workers: number,
    onProgress?: (file: string, rows: number) => void,
    custom: readonly CustomExportObject[] = []
): Promise<{ catalog: Record<ExportObjectName, StagedTableData>; custom: Map<string, StagedTableData> }> {
    const customByName = new Map(custom.map((c) => [c.spec.apiName, c]));
    const queue: string[] = [...EXPORT_OBJECT_NAMES, ...customByName.keys()].sort(
        (a, b) => fileSize(folder, b) - fileSize(folder, a)
    );
    const results = new Map<string, StagedTableData>();
    // From source the worker is TypeScript, loaded through tsx like the rest of the CLI; the
    // installed package runs the compiled JavaScript beside this file.
    const compiled = __filename.endsWith('.js');
    const entry = path.join(__dirname, compiled ? 'stageWorker.js' : 'stageWorker.ts');
    const pool = Array.from(
        { length: Math.min(workers, queue.length) },
        () => new Worker(entry, compiled ? {} : { execArgv: ['--require', 'tsx/cjs'] })
    );
    try {
        await Promise.all(
            pool.map(
                (worker) =>
                    new Promise<void>((resolve, reject) => {
                        const next = (): void => {
                            const object = queue.shift();
                            if (object === undefined) return resolve();
                            const customObject = customByName.get(object);
                            worker.postMessage({
                                folder,
                                object,
                                extraColumns: extraColumns[object as ExportObjectName] ?? [],
                                ...(customObject ? { custom: customObject } : {})
                            } satisfies StageJob);
                        };
                        worker.on('message', (reply: StageReply) => {
                            if (reply.kind === 'progress') onProgress?.(reply.file, reply.rows);
                            else if (reply.kind === 'done') {
                                results.set(reply.state.object, fromState(reply.state));
                                next();
                            } else {
                                queue.length = 0;
                                reject(
                                    reply.csv
                                        ? new CsvInputError(
                                              reply.csv.file,
                                              reply.csv.line,
                                              reply.csv.column,
                                              reply.csv.detail
                                          )
                                        : new Error(reply.message)
                                );
                            }
                        });
                        worker.on('error', reject);
                        next();
                    })
            )
        );
    } finally {
        await Promise.all(pool.map((worker) => worker.terminate()));
    }
    const catalog = Object.fromEntries(
        EXPORT_OBJECT_NAMES.map((name) => [name, results.get(name) as StagedTableData])
    ) as Record<ExportObjectName, StagedTableData>;
    return {
        catalog,
        custom: new Map([...customByName.keys()].map((name) => [name, results.get(name) as StagedTableData]))
    };
}
