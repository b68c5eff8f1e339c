/**
 * A CSV file opened for csv-parse. `createReadStream(file).pipe(parser)` does not forward the
 * file stream's errors: a folder named `Case.csv` or an unreadable file raised an 'error'
 * event nobody listened to, and the process died with a stack trace. Here such a file is
 * refused before reading, and a read error during the parse reaches the parser's own error
 * listeners as a CsvInputError naming the file.
 */
import { createReadStream, statSync } from 'node:fs';
import { parse, type Options, type Parser } from 'csv-parse';
import { ioReason } from '../files/ioReason';
import { CsvInputError } from './errors';

/** `label` is how messages name the file (e.g. `Case.csv`); `full` is its path. */
export function openCsvFile(full: string, label: string, options: Options): Parser {
    let stats;
    try {
        stats = statSync(full);
    } catch (error) {
        throw new CsvInputError(label, null, null, `cannot read ${full}: ${ioReason(full, error)}`);
    }
    if (!stats.isFile())
        throw new CsvInputError(
            label,
            null,
            null,
            `${full} is ${stats.isDirectory() ? 'a folder' : 'not a regular file'}, not a CSV file`
        );
    const parser = parse(options);
    const source = createReadStream(full);
    source.on('error', (error) =>
        parser.destroy(new CsvInputError(label, null, null, `cannot read ${full}: ${ioReason(full, error)}`))
    );
    // Stopping the parse (an error, a found line) stops reading the file too.
    parser.on('close', () => source.destroy());
    return source.pipe(parser);
}
