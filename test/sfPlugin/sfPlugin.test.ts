/**
 * The `sf trust …` plugin runs the same command modules as `trust-ledger`: the same score
 * JSON (as sf's `{status, result, warnings}` under --json), the same human output, the same
 * exit codes for bad input.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cli, REPO } from '../support/cli';

interface PluginRun {
    stdout: string;
    stderr: string;
    error: { message: string; exitCode?: number } | null;
    exitCode: number;
}

const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const DEMO = path.join(REPO, 'data', 'demo');

function sf(command: string, argv: string[]): PluginRun {
    const run = spawnSync(TSX, [path.join(__dirname, 'runCommand.mts'), command, ...argv], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', SF_DISABLE_TELEMETRY: 'true' },
        maxBuffer: 64 * 1024 * 1024
    });
    if (run.status !== 0) throw new Error(`runCommand failed (${run.status}):\n${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop() as string) as PluginRun;
}

describe('sf trust score', () => {
    it('returns the score JSON of `trust-ledger score --format json` as the --json result', () => {
        const args = ['--from', DEMO, '--as-of', '2026-06-30'];
        const plugin = sf('trust/score', [...args, '--json']);
        const checkout = cli(['score', ...args, '--format', 'json']);
        expect(plugin.error).toBeNull();
        const envelope = JSON.parse(plugin.stdout) as {
            status: number;
            result: unknown;
            warnings: unknown[];
        };
        expect(envelope.status).toBe(0);
        expect(envelope.warnings).toEqual([]);
        expect(envelope.result).toEqual(JSON.parse(checkout.stdout));
    }, 120_000);

    it('prints the same table as the CLI without --json', () => {
        const args = ['--from', DEMO, '--as-of', '2026-06-30', '--quiet'];
        const plugin = sf('trust/score', args);
        expect(plugin.stdout).toBe(cli(['score', ...args]).stdout);
    }, 120_000);

    it('refuses a bad --as-of with the CLI’s message and exit code 2', () => {
        const plugin = sf('trust/score', ['--from', DEMO, '--as-of', '2026-02-30', '--json']);
        expect(plugin.error?.exitCode).toBe(2);
        expect(plugin.error?.message).toBe('--as-of: "2026-02-30" is not a date YYYY-MM-DD');
        const envelope = JSON.parse(plugin.stdout) as { status: number; message: string };
        expect(envelope.status).toBe(2);
    }, 120_000);
});

describe('sf trust model validate', () => {
    it('returns the model’s name and version', () => {
        const plugin = sf('trust/model/validate', [
            path.join(REPO, 'config', 'default-model.json'),
            '--json'
        ]);
        const envelope = JSON.parse(plugin.stdout) as { result: unknown };
        expect(envelope.result).toEqual({ name: 'Default', version: 1, valid: true });
    }, 120_000);
});
