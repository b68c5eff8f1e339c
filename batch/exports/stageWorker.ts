/**
 * Worker thread: stages the CSV files it is sent and hands back their columns by transfer.
 * The main thread only links ids, so on two cores two files are parsed at once.
 */
import { parentPort } from 'node:worker_threads';
import { CsvFolderSource } from './csvFolderSource';
import { CsvInputError } from './errors';
import type { ColumnSpec, CustomExportObject } from './exportSchema';
import { stageTable, toState } from './stageTable';

export interface StageJob {
    folder: string;
    /** An object of the export contract, or (with `custom`) one a custom signal reads. */
    object: string;
    extraColumns: ColumnSpec[];
    custom?: CustomExportObject;
}

export type StageReply =
    | { kind: 'progress'; file: string; rows: number }
    | { kind: 'done'; state: ReturnType<typeof toState>['state'] }
    | {
          kind: 'failed';
          csv: { file: string; line: number | null; column: string | null; detail: string } | null;
          message: string;
      };

const port = parentPort;
if (port) {
    port.on('message', (job: StageJob) => {
        const source = new CsvFolderSource(job.folder);
        const file = source.label(job.object);
        stageTable(
            source,
            job.object,
            job.extraColumns,
            (rows) => port.postMessage({ kind: 'progress', file, rows } satisfies StageReply),
            job.custom
        ).then(
            (table) => {
                const { state, transfer } = toState(table);
                port.postMessage({ kind: 'done', state } satisfies StageReply, transfer);
            },
            (error: unknown) => {
                const csv =
                    error instanceof CsvInputError
                        ? { file: error.file, line: error.line, column: error.column, detail: error.detail }
                        : null;
                port.postMessage({
                    kind: 'failed',
                    csv,
                    message: error instanceof Error ? error.message : String(error)
                } satisfies StageReply);
            }
        );
    });
}
