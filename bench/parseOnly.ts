/**
 * The benchmark's yardstick: merely parsing every CSV of an export with the same streaming
 * parser the scorer uses, doing nothing with the rows. Prints `{"rows": n, "ms": t}`.
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { EXPORT_OBJECT_NAMES } from '../batch/exports/exportSchema';

async function parseFile(file: string): Promise<number> {
    const parser = createReadStream(file).pipe(parse({ bom: true }));
    let rows = 0;
    await new Promise<void>((resolve, reject) => {
        parser.on('readable', () => {
            while (parser.read() !== null) rows++;
        });
        parser.on('error', reject);
        parser.on('end', () => resolve());
    });
    return rows;
}

async function main(folder: string): Promise<void> {
    const started = process.hrtime.bigint();
    let rows = 0;
    for (const name of EXPORT_OBJECT_NAMES) {
        const file = path.join(folder, `${name}.csv`);
        if (existsSync(file)) rows += await parseFile(file);
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(`${JSON.stringify({ rows, ms })}\n`);
}

main(process.argv[2] ?? '.').catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
});
