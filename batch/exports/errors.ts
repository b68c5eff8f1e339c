import { InputError } from '../../cli/inputError';

/** Bad input in a CSV export: always names the file, the line and the column. */
export class CsvInputError extends InputError {
    constructor(
        readonly file: string,
        readonly line: number | null,
        readonly column: string | null,
        readonly detail: string
    ) {
        const where = `${file}${line !== null ? `:${line}` : ''}`;
        super(`${where}: ${column !== null ? `column ${column}: ` : ''}${detail}`);
        this.name = 'CsvInputError';
    }
}
