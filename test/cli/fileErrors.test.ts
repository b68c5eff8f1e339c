/**
 * Files the CLI cannot read or write are bad input, not crashes: exit code 2, a message naming
 * the user's path (never a temporary one) and the reason, no stack trace, and an earlier
 * `--out` file left exactly as it was. Run through the real binary, as a user meets them.
 */
import {
    mkdirSync,
    readdirSync,
    readFileSync,
    rmSync,
    symlinkSync,
    writeFileSync,
    existsSync
} from 'node:fs';
import path from 'node:path';
import type { TrustModel } from '../../engine/model';
import { cli, REPO, scratchCopy } from '../support/cli';
import { cliWithFileLimit } from '../support/fileLimit';
import { localOrg } from '../support/localOrgRun';

const NO_STACK = /\n\s+at /;
const partials = (dir: string): string[] => readdirSync(dir).filter((f) => f.includes('partial'));

describe('--out that cannot be written', () => {
    it('into a missing folder: exit 2 naming the path, nothing created', () => {
        const scratch = scratchCopy();
        try {
            const out = path.join(scratch.dir, 'missing', 'scores.json');
            const run = cli([
                'score',
                '--from',
                scratch.dir,
                '--as-of',
                '2026-06-30',
                '--format',
                'json',
                '--out',
                out
            ]);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(
                `trust-ledger: --out: cannot write ${out}: the folder ${path.dirname(out)} does not exist (ENOENT); nothing was written there`
            );
            expect(run.stderr).not.toMatch(NO_STACK);
            expect(run.stdout).toBe('');
            expect(existsSync(path.dirname(out))).toBe(false);
        } finally {
            scratch.cleanup();
        }
    });

    it('onto a folder: exit 2 naming the path, the folder untouched', () => {
        const scratch = scratchCopy();
        try {
            const out = path.join(scratch.dir, 'reports');
            mkdirSync(out);
            const run = cli(['score', '--from', scratch.dir, '--as-of', '2026-06-30', '--out', out]);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(`--out: cannot write ${out}: it is a folder, not a file (EISDIR)`);
            expect(run.stderr).not.toMatch(NO_STACK);
            expect(readdirSync(out)).toEqual([]);
            expect(partials(scratch.dir)).toEqual([]);
        } finally {
            scratch.cleanup();
        }
    });
});

describe('model pull --out', () => {
    const orgArgs = (org: { instanceUrl: string; accessToken: string }): string[] => [
        '--instance-url',
        org.instanceUrl,
        '--access-token',
        org.accessToken
    ];

    it('writes the whole model, and on a full disk keeps the previous file instead of truncated JSON', async () => {
        const { org } = await localOrg();
        const scratch = scratchCopy();
        try {
            const out = path.join(scratch.dir, 'model.json');
            const pulled = await cliWithFileLimit(1024, ['model', 'pull', ...orgArgs(org), '--out', out]);
            expect(pulled.status).toBe(0);
            const model = JSON.parse(readFileSync(out, 'utf8')) as TrustModel;
            expect(model.name).toBe('Default');
            const previous = readFileSync(out, 'utf8');
            expect(previous.length).toBeGreaterThan(1024);

            // 1 KiB allowed per file: the model (about 2 KiB) cannot be written whole.
            const full = await cliWithFileLimit(1, ['model', 'pull', ...orgArgs(org), '--out', out]);
            expect(full.status).toBe(2);
            expect(full.stderr).toContain(
                `--out: cannot write ${out}: the file would be larger than this system allows (EFBIG); nothing was written there`
            );
            expect(full.stderr).not.toMatch(NO_STACK);
            expect(readFileSync(out, 'utf8')).toBe(previous);
            expect(partials(scratch.dir)).toEqual([]);
        } finally {
            scratch.cleanup();
            await org.close();
        }
    }, 60_000);

    it('into a missing folder: exit 2 before asking the org', () => {
        const out = path.join(REPO, 'tmp', 'no-such-folder-for-model-pull', 'model.json');
        // Nothing listens on port 9: the run must fail on --out first, not on connecting.
        const run = cli([
            'model',
            'pull',
            '--instance-url',
            'http://127.0.0.1:9',
            '--access-token',
            'x',
            '--out',
            out
        ]);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(
            `--out: cannot write ${out}: the folder ${path.dirname(out)} does not exist`
        );
        expect(run.stderr).not.toMatch(NO_STACK);
    });
});

describe('CSV files that cannot be read', () => {
    it('a folder named Case.csv in the export: exit 2 naming it', () => {
        const scratch = scratchCopy();
        try {
            const file = path.join(scratch.dir, 'Case.csv');
            rmSync(file);
            mkdirSync(file);
            const out = path.join(scratch.dir, 'scores.json');
            writeFileSync(out, 'previous good output');
            const run = cli(['score', '--from', scratch.dir, '--as-of', '2026-06-30', '--out', out]);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(`trust-ledger: Case.csv: ${file} is a folder, not a CSV file`);
            expect(run.stderr).not.toMatch(NO_STACK);
            expect(readFileSync(out, 'utf8')).toBe('previous good output');
        } finally {
            scratch.cleanup();
        }
    });

    it('the same folder given to local-org start --data: exit 2 naming it', () => {
        const scratch = scratchCopy();
        try {
            const file = path.join(scratch.dir, 'Case.csv');
            rmSync(file);
            mkdirSync(file);
            const store = path.join(scratch.dir, 'store');
            const run = cli(['local-org', 'start', '--data', scratch.dir, '--store', store, '--json']);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(`Case.csv: ${file} is a folder, not a CSV file`);
            expect(run.stderr).not.toMatch(NO_STACK);
            expect(run.stdout).toBe('');
        } finally {
            scratch.cleanup();
        }
    });

    // Linux: /proc/self/mem opens like a file, and reading it at offset 0 fails with EIO, so the
    // error arrives from the file stream in the middle of the parse.
    const linux = process.platform === 'linux' ? it : it.skip;
    linux('a read error during the parse: exit 2 naming the file and the reason', () => {
        const scratch = scratchCopy();
        try {
            const file = path.join(scratch.dir, 'Case.csv');
            rmSync(file);
            symlinkSync('/proc/self/mem', file);
            const run = cli(['score', '--from', scratch.dir, '--as-of', '2026-06-30']);
            expect(run.status).toBe(2);
            expect(run.stderr).toContain(
                `Case.csv: cannot read ${file}: an input/output error from the disk (EIO)`
            );
            expect(run.stderr).not.toMatch(NO_STACK);
        } finally {
            scratch.cleanup();
        }
    });
});
