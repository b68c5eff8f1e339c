/**
 * The batch run's checkpoint and its lock: a checkpoint is trusted only when it describes
 * this very job with values of the right types; saves never share a temp file; one run per
 * org and day holds the lock, and a lock left by a dead process is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Checkpoint, type CheckpointState } from '../../batch/org/checkpoint';
import { RunLock, RunLockedError } from '../../batch/org/runLock';
import type { Connection } from '@jsforce/jsforce-node';
import { REPO } from '../support/cli';
import { cliAsync, localOrg } from '../support/localOrgRun';

jest.setTimeout(60_000);

const ORG = 'https://acme.my.salesforce.com';
const JOB = {
    asOf: '2026-06-30',
    modelKey: 'a0X000000000001:3:full',
    accounts: 1000,
    fingerprint: '001A…001Z'
};

let scratch: string;
beforeEach(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-checkpoint-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('Checkpoint', () => {
    it('resumes the same job from where it got', () => {
        const checkpoint = new Checkpoint(scratch, ORG, JOB.asOf);
        expect(checkpoint.resumeFrom(JOB)).toEqual({ written: 0, ignored: null });
        checkpoint.save({ ...JOB, written: 400 });
        expect(new Checkpoint(scratch, ORG, JOB.asOf).resumeFrom(JOB)).toEqual({
            written: 400,
            ignored: null
        });
        checkpoint.clear();
        expect(checkpoint.resumeFrom(JOB)).toEqual({ written: 0, ignored: null });
    });

    it('compares the stored fingerprint: other data on the same host is not resumed', () => {
        const checkpoint = new Checkpoint(scratch, ORG, JOB.asOf);
        checkpoint.save({ ...JOB, fingerprint: '001B…001Y', written: 400 });
        expect(checkpoint.resumeFrom(JOB)).toEqual({ written: 0, ignored: 'otherData' });
        checkpoint.save({ ...JOB, modelKey: 'a0X000000000001:4:full', written: 400 });
        expect(checkpoint.resumeFrom(JOB)).toEqual({ written: 0, ignored: 'otherJob' });
    });

    it.each<[string, unknown]>([
        ['written as text', { ...JOB, written: '400' }],
        ['written not whole', { ...JOB, written: 400.5 }],
        ['written negative', { ...JOB, written: -1 }],
        ['written beyond the accounts', { ...JOB, written: 1001 }],
        ['accounts as text', { ...JOB, accounts: '1000', written: 400 }],
        ['fingerprint missing', { asOf: JOB.asOf, modelKey: JOB.modelKey, accounts: 1000, written: 400 }],
        ['fingerprint not text', { ...JOB, fingerprint: ['001A', '001Z'], written: 400 }],
        ['another tool’s JSON', { version: 2, progress: { written: 400 } }],
        ['an array', [JOB]],
        ['null', null]
    ])('ignores a checkpoint with %s, and says so', (_label, stored) => {
        const checkpoint = new Checkpoint(scratch, ORG, JOB.asOf);
        writeFileSync(checkpoint.file, JSON.stringify(stored));
        expect(checkpoint.resumeFrom(JOB)).toEqual({ written: 0, ignored: 'malformed' });
    });

    it('ignores a checkpoint that is not JSON (a torn write, another file), and says so', () => {
        const checkpoint = new Checkpoint(scratch, ORG, JOB.asOf);
        writeFileSync(checkpoint.file, '{"asOf":"2026-06-30","modelKey":');
        expect(checkpoint.resumeFrom(JOB)).toEqual({ written: 0, ignored: 'unreadable' });
    });

    it('saves through a temp file of its own, never a shared name', () => {
        const checkpoint = new Checkpoint(scratch, ORG, JOB.asOf);
        // Whatever sits at the old shared temp name (another run's half-written file) is left alone.
        mkdirSync(`${checkpoint.file}.tmp`);
        const other = new Checkpoint(scratch, ORG, JOB.asOf);
        for (let written = 200; written <= 1000; written += 200) {
            checkpoint.save({ ...JOB, written });
            other.save({ ...JOB, written: written - 100 });
        }
        expect(checkpoint.resumeFrom(JOB).written).toBe(900);
        expect(readdirSync(scratch).sort()).toEqual([
            path.basename(checkpoint.file),
            `${path.basename(checkpoint.file)}.tmp`
        ]);
        expect(JSON.parse(readFileSync(checkpoint.file, 'utf8')) as CheckpointState).toEqual({
            ...JOB,
            written: 900
        });
    });

    it('keeps one checkpoint and one lock per org host and day', () => {
        const a = new Checkpoint(scratch, ORG, '2026-06-30');
        expect(new Checkpoint(scratch, `${ORG}/`, '2026-06-30').file).toBe(a.file);
        expect(new Checkpoint(scratch, 'https://other.my.salesforce.com', '2026-06-30').file).not.toBe(
            a.file
        );
        expect(new Checkpoint(scratch, ORG, '2026-07-01').file).not.toBe(a.file);
        expect(a.lockFile).toBe(a.file.replace(/\.json$/, '.lock'));
    });
});

/** The pid of a process that has exited. */
function deadPid(): number {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
        encoding: 'utf8'
    });
    return Number(child.stdout);
}

describe('RunLock', () => {
    const lockFile = (): string => path.join(scratch, 'score-org-2026-06-30.lock');

    it('lets one run in and stops the next with the lock file and the holder’s pid', () => {
        const first = new RunLock(lockFile());
        first.acquire();
        expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({
            pid: process.pid,
            host: os.hostname()
        });
        const second = new RunLock(lockFile());
        let refused: unknown;
        try {
            second.acquire();
        } catch (error) {
            refused = error;
        }
        expect(refused).toBeInstanceOf(RunLockedError);
        expect(refused).toMatchObject({ file: lockFile(), pid: process.pid, host: null });
        first.release();
        expect(existsSync(lockFile())).toBe(false);
        second.acquire();
        second.release();
        expect(readdirSync(scratch)).toEqual([]);
    });

    it('takes over a lock whose process is gone, and a file that is not a lock', () => {
        const pid = deadPid();
        writeFileSync(
            lockFile(),
            JSON.stringify({ pid, host: os.hostname(), token: 'x', startedAt: '2026-06-30T00:00:00.000Z' })
        );
        const lock = new RunLock(lockFile());
        lock.acquire();
        expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
        lock.release();
        writeFileSync(lockFile(), '');
        lock.acquire();
        lock.release();
        expect(readdirSync(scratch)).toEqual([]);
    });

    it('never takes over a lock of another host (its process cannot be checked from here)', () => {
        writeFileSync(
            lockFile(),
            JSON.stringify({
                pid: deadPid(),
                host: 'batch-2.example.com',
                token: 'x',
                startedAt: '2026-06-30T00:00:00.000Z'
            })
        );
        expect(() => new RunLock(lockFile()).acquire()).toThrow(RunLockedError);
        expect(() => new RunLock(lockFile()).acquire()).toThrow(/batch-2\.example\.com/);
    });

    it('does not remove a lock that another run has taken over', () => {
        const mine = new RunLock(lockFile());
        mine.acquire();
        // Someone deleted it by hand and another run took it.
        rmSync(lockFile());
        const theirs = new RunLock(lockFile());
        theirs.acquire();
        mine.release();
        expect(existsSync(lockFile())).toBe(true);
        theirs.release();
    });

    it('admits exactly one of several processes that race for it, stale lock or not', async () => {
        // Each process waits for a common start signal, so all of them try at the same moment.
        const go = `${lockFile()}.go`;
        const script = [
            "require('tsx/cjs/api').register();",
            "const fs = require('node:fs');",
            "const { RunLock } = require('./batch/org/runLock.ts');",
            'const [file, go] = process.argv.slice(1);',
            "process.stdout.write('ready ');",
            'const wait = setInterval(() => {',
            '    if (!fs.existsSync(go)) return;',
            '    clearInterval(wait);',
            '    const lock = new RunLock(file);',
            "    try { lock.acquire(); process.stdout.write('in'); setTimeout(() => lock.release(), 1000); }",
            '    catch (error) { process.stdout.write(error.name); }',
            '}, 2);'
        ].join('\n');
        const race = async (): Promise<string[]> => {
            let ready = 0;
            const runs = Array.from(
                { length: 4 },
                () =>
                    new Promise<string>((resolve, reject) => {
                        const child = spawn(process.execPath, ['-e', script, lockFile(), go], { cwd: REPO });
                        let out = '';
                        child.stdout.on('data', (d: Buffer) => {
                            out += d.toString();
                            if (out === 'ready ' && ++ready === 4) writeFileSync(go, '');
                        });
                        child.on('error', reject);
                        child.on('close', () => resolve(out.replace('ready ', '')));
                    })
            );
            const outcomes = await Promise.all(runs);
            rmSync(go);
            return outcomes;
        };
        const fresh = await race();
        expect(fresh.filter((o) => o === 'in')).toHaveLength(1);
        expect(fresh.filter((o) => o === 'RunLockedError')).toHaveLength(3);
        writeFileSync(
            lockFile(),
            JSON.stringify({
                pid: deadPid(),
                host: os.hostname(),
                token: 'x',
                startedAt: '2026-06-30T00:00:00.000Z'
            })
        );
        const stale = await race();
        expect(stale.filter((o) => o === 'in')).toHaveLength(1);
        expect(stale.filter((o) => o === 'RunLockedError')).toHaveLength(3);
        expect(readdirSync(scratch)).toEqual([]);
    });
});

describe('score against an org, with a lock or a checkpoint in the way', () => {
    const DEMO = path.join(REPO, 'data', 'demo');
    const AS_OF = '2026-06-30';
    const orgArgs = (org: { instanceUrl: string; accessToken: string }): string[] => [
        '--instance-url',
        org.instanceUrl,
        '--access-token',
        org.accessToken
    ];
    const receipts = async (conn: Connection): Promise<number> =>
        (await conn.query('SELECT Id FROM Trust_Score__c', { autoFetch: true })).records.length;

    it('stops with exit code 3, the lock file and the pid, while another run of the org and day holds the lock', async () => {
        const { org, conn } = await localOrg({ importFrom: DEMO });
        try {
            const lock = new Checkpoint(scratch, org.instanceUrl, AS_OF).lockFile;
            const holder = JSON.stringify({
                pid: process.pid,
                host: os.hostname(),
                token: 't',
                startedAt: 'now'
            });
            writeFileSync(lock, holder);
            const run = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF], {
                env: { TRUST_LEDGER_STATE_DIR: scratch }
            });
            expect(run.status).toBe(3);
            expect(run.stderr).toContain(`another run is scoring this org for this day (pid ${process.pid})`);
            expect(run.stderr).toContain(lock);
            expect(run.stderr).not.toMatch(/\n\s+at /);
            expect(await receipts(conn)).toBe(0);
            expect(readFileSync(lock, 'utf8')).toBe(holder);
            // A dry run writes nothing and keeps no checkpoint: it needs no lock.
            const dry = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF, '--dry-run'], {
                env: { TRUST_LEDGER_STATE_DIR: scratch }
            });
            expect(dry.status).toBe(0);
        } finally {
            await org.close();
        }
    });

    it('takes over the lock of a run that died, and leaves no lock behind', async () => {
        const { org, conn } = await localOrg({ importFrom: DEMO });
        try {
            const lock = new Checkpoint(scratch, org.instanceUrl, AS_OF).lockFile;
            writeFileSync(
                lock,
                JSON.stringify({ pid: deadPid(), host: os.hostname(), token: 't', startedAt: 'then' })
            );
            const run = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF], {
                env: { TRUST_LEDGER_STATE_DIR: scratch }
            });
            expect(run.status).toBe(0);
            expect(await receipts(conn)).toBe(150);
            expect(readdirSync(scratch)).toEqual([]);
        } finally {
            await org.close();
        }
    });

    it.each([
        ['is not JSON', () => '{"asOf":', /it is not readable JSON/],
        [
            'was written for other data on the same host',
            () =>
                JSON.stringify({
                    asOf: AS_OF,
                    modelKey: 'default:1:full',
                    accounts: 150,
                    fingerprint: '001000000000001AAA…001000000000060AAA',
                    written: 150
                }),
            /it was written for other data on this host/
        ]
    ])('ignores a checkpoint that %s, says so, and writes every account', async (_label, content, reason) => {
        const { org, conn } = await localOrg({ importFrom: DEMO });
        try {
            const checkpoint = new Checkpoint(scratch, org.instanceUrl, AS_OF);
            writeFileSync(checkpoint.file, content());
            const run = await cliAsync(['score', ...orgArgs(org), '--as-of', AS_OF], {
                env: { TRUST_LEDGER_STATE_DIR: scratch }
            });
            expect(run.status).toBe(0);
            expect(run.stdout).toContain(`Ignored the checkpoint ${checkpoint.file}`);
            expect(run.stdout).toMatch(reason);
            expect(run.stdout).not.toMatch(/Resumed an interrupted run/);
            expect(await receipts(conn)).toBe(150);
            expect(existsSync(checkpoint.file)).toBe(false);
        } finally {
            await org.close();
        }
    });
});
