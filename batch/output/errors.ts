/** An output file that could not be written: names the user's path, never the temporary one. */
import { InputError } from '../../cli/inputError';
import { messages } from '../../cli/messages';
import { ioCode, ioReason } from '../files/ioReason';

export class OutputError extends InputError {
    override name = 'OutputError';
    /** The errno code (ENOENT, ENOSPC, …) when the file system gave one. */
    readonly code: string | undefined;

    constructor(
        readonly file: string,
        cause: unknown
    ) {
        super(`cannot write ${file}: ${ioReason(file, cause)}`, { cause });
        this.code = ioCode(cause);
    }

    /** Says which option named the file, and that nothing half-written was left there. */
    override shown(): string {
        return messages.outputFailed(this.message);
    }
}
