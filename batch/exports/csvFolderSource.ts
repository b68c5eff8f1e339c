/**
 * A Data Loader / `sf data export bulk` folder as an export source: `<ApiName>.csv` per
 * object, streamed through csv-parse.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openCsvFile } from './csvFile';
import { CsvInputError } from './errors';
import type { ExportSource } from './exportSource';
import { stagePlainCsv } from './plainCsv';
import type { RowFailure, TableStager } from './tableStager';

/**
 * The physical line of the n-th record (0 = header). Parsing with per-record line info costs
 * half again as much as parsing alone, so the line is looked up only when there is an error.
 */
export async function lineOfRecord(full: string, label: string, record: number): Promise<number | null> {
    const parser = openCsvFile(full, label, {
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
        info: true
    });
    let n = 0;
    for await (const item of parser as AsyncIterable<{ info: { lines: number } }>) {
        if (n++ === record) {
            parser.destroy();
            return item.info.lines;
        }
    }
    return null;
}

export class CsvFolderSource implements ExportSource {
    constructor(readonly folder: string) {}

    get description(): string {
        return this.folder;
    }

    label(apiName: string): string {
        return `${apiName}.csv`;
    }

    async readPlainTable(stager: TableStager): Promise<boolean | null> {
        const full = path.join(this.folder, `${stager.apiName}.csv`);
        if (!existsSync(full)) return false;
        return stagePlainCsv(full, stager) ? true : null;
    }

    async readTable(stager: TableStager): Promise<boolean> {
        const file = `${stager.apiName}.csv`;
        const full = path.join(this.folder, file);
        if (!existsSync(full)) return false;
        const parser = openCsvFile(full, file, {
            bom: true,
            relax_column_count: false,
            skip_empty_lines: true
        });
        let headerSeen = false;
        let failure: RowFailure | null = null;
        let other: unknown = null;
        await new Promise<void>((resolve) => {
            const stop = (): void => {
                parser.destroy();
                resolve();
            };
            parser.on('readable', () => {
                try {
                    let cells: string[] | null;
                    while ((cells = parser.read() as string[] | null) !== null) {
                        if (!headerSeen) {
                            headerSeen = true;
                            const missing = stager.header(cells);
                            if (missing.length > 0) {
                                const plural = missing.length > 1 ? 's' : '';
                                other = new CsvInputError(
                                    file,
                                    1,
                                    missing.join(', '),
                                    `required column${plural} missing from the header`
                                );
                                return stop();
                            }
                            continue;
                        }
                        failure = stager.row(cells);
                        if (failure !== null) return stop();
                    }
                } catch (error) {
                    other = error;
                    stop();
                }
            });
            parser.on('error', (error: Error & { lines?: number }) => {
                other =
                    error instanceof CsvInputError
                        ? error
                        : new CsvInputError(
                              file,
                              error.lines ?? null,
                              null,
                              `malformed CSV: ${error.message}`
                          );
                stop();
            });
            parser.on('end', () => resolve());
        });
        if (other !== null) throw other;
        const found = failure as RowFailure | null;
        if (found !== null)
            throw new CsvInputError(
                file,
                await lineOfRecord(full, file, found.row + 1),
                found.column,
                found.detail
            );
        return true;
    }
}
