/**
 * The org path's bad-input errors (exit code 2). Kept free of dependencies so the CLI can
 * recognise them without loading jsforce for commands that never talk to an org.
 */
import { InputError } from '../../cli/inputError';

/** No usable login: missing flags, a bad URL, or the Salesforce CLI has no such org. */
export class ConnectError extends InputError {
    override name = 'ConnectError';
}

/** The org's data cannot be read as the export contract needs (e.g. a required field is hidden). */
export class OrgDataError extends InputError {
    override name = 'OrgDataError';
}

/** A Bulk API 2.0 job failed, was aborted, or did not finish in time. */
export class BulkJobError extends InputError {
    override name = 'BulkJobError';
}
