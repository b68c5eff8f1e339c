/** Every error a user can fix is an InputError with its exit code; the CLI maps them in one place. */
import { InvalidModelError } from '../../engine/model';
import { UsageError } from '../../cli/args';
import { asInputError, reportError } from '../../cli/exit';
import { EXIT, InputError } from '../../cli/inputError';
import { CsvInputError } from '../../batch/exports/errors';
import { FolderLockedError } from '../../batch/files/folderLock';
import { BulkJobError, ConnectError, OrgDataError } from '../../batch/org/errors';
import { registerSecret } from '../../batch/org/redact';
import { RunLockedError } from '../../batch/org/runLock';
import { OutputError } from '../../batch/output/errors';
import { bufferIo } from '../support/bufferIo';

describe('InputError', () => {
    it.each([
        ['UsageError', new UsageError('--as-of: "x" is not a date YYYY-MM-DD')],
        ['CsvInputError', new CsvInputError('Case.csv', 3, 'Id', 'is empty')],
        ['OutputError', new OutputError('out.json', Object.assign(new Error('no'), { code: 'ENOENT' }))],
        ['ConnectError', new ConnectError('an org needs --target-org')],
        ['OrgDataError', new OrgDataError('Case.Type is hidden')],
        ['BulkJobError', new BulkJobError('the job failed')],
        ['FolderLockedError', new FolderLockedError('.localorg', null, '.localorg/.lock')]
    ])('%s is bad input: exit code 2', (_name, error) => {
        expect(error).toBeInstanceOf(InputError);
        expect(asInputError(error)?.exitCode).toBe(EXIT.badInput);
    });

    it('maps the engine’s invalid model and an org’s refusal onto it', () => {
        const invalid = new InvalidModelError([{ path: 'weights', message: 'all zero' }] as never, 'm.json');
        expect(asInputError(invalid)?.message).toBe(invalid.message);
        const refusal = Object.assign(new Error('Case is not supported'), { errorCode: 'INVALID_TYPE' });
        expect(asInputError(refusal)?.message).toBe(
            'the org refused the request (INVALID_TYPE): Case is not supported'
        );
        expect(asInputError(new TypeError('x is undefined'))).toBeNull();
    });
});

describe('reportError', () => {
    it('prints one redacted, inert line and the usage pointer for a command typed wrong', () => {
        registerSecret('tok-secret-1234567890');
        const io = bufferIo();
        const code = reportError(
            new UsageError('--as-of: "tok-secret-1234567890\u001b[2J" is bad'),
            io.stderr,
            'score'
        );
        expect(code).toBe(2);
        expect(io.err()).toBe(
            'trust-ledger: --as-of: "***\\x1b[2J" is bad\nRun "trust-ledger score --help" for usage.\n'
        );
    });

    it('words an output error for the CLI, without the usage pointer', () => {
        const io = bufferIo();
        const error = new OutputError('/x/out.json', Object.assign(new Error('no'), { code: 'ENOENT' }));
        expect(reportError(error, io.stderr, 'score')).toBe(2);
        expect(io.err()).toMatch(
            /^trust-ledger: --out: cannot write \/x\/out\.json: .*; nothing was written there\n$/
        );
    });

    it('ends a run another run holds the lock of as stopped (3), saying how to resume', () => {
        const io = bufferIo();
        expect(reportError(new RunLockedError('/state/run.lock', 4242, null), io.stderr, 'score')).toBe(3);
        expect(io.err()).toMatch(
            /^trust-ledger: another run is scoring this org for this day \(pid 4242\); /
        );
        expect(io.err()).toContain('/state/run.lock');
    });

    it('keeps a subclass’s exit code', () => {
        class Stopped extends InputError {
            override readonly exitCode = EXIT.stopped;
        }
        expect(reportError(new Stopped('stopped by the API limit'), bufferIo().stderr, null)).toBe(3);
    });

    it('rethrows anything else as a bug, redacted', () => {
        registerSecret('tok-other-0987654321');
        expect(() => reportError(new Error('boom tok-other-0987654321'), bufferIo().stderr, null)).toThrow(
            /boom \*\*\*/
        );
    });
});
