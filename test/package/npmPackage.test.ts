/**
 * The npm package as a user installs it: packed with `npm pack` (which compiles the CLI into
 * dist/), installed from the tarball into an empty folder without development dependencies
 * (so without tsx or TypeScript), and run from there on the bundled demo export.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, REPO } from '../support/cli';

/** What `npm pack` needs from the checkout; the copy keeps the build out of the working tree. */
const PACKED_SOURCES = [
    'package.json',
    'README.md',
    'tsconfig.json',
    'tsconfig.build.json',
    'tsconfig.plugin.json',
    'bin',
    'config',
    'data/demo',
    'engine',
    'records',
    'cli',
    'batch',
    'tools',
    'force-app/main/default/objects',
    'messages'
];

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
    const result = spawnSync(command, args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' },
        maxBuffer: 64 * 1024 * 1024
    });
    if (result.status !== 0)
        throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
    return result;
}

describe('the npm package', () => {
    let scratch: string;
    let installed: string;

    beforeAll(() => {
        scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-pack-'));
        const source = path.join(scratch, 'source');
        for (const entry of PACKED_SOURCES)
            cpSync(path.join(REPO, entry), path.join(source, entry), { recursive: true });
        // The build (tsc) and its types come from the checkout's own node_modules.
        symlinkSync(path.join(REPO, 'node_modules'), path.join(source, 'node_modules'), 'dir');
        run('npm', ['pack', '--silent', '--pack-destination', scratch], source);
        const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
        if (!tarball) throw new Error('npm pack wrote no tarball');

        installed = path.join(scratch, 'user');
        cpSync(path.join(scratch, tarball), path.join(installed, tarball));
        // A project on Node 20 keeps the jsforce that runs there, as the README says (the sf plugin
        // loads @salesforce/core, whose newer jsforce needs Node 22).
        writeFileSync(
            path.join(installed, 'package.json'),
            `${JSON.stringify({
                name: 'a-user-project',
                private: true,
                overrides: { '@jsforce/jsforce-node': '3.10.16' }
            })}\n`
        );
        // Without development dependencies, and without building the local org's SQLite addon:
        // scoring an export needs neither.
        run(
            'npm',
            [
                'install',
                '--prefer-offline',
                '--ignore-scripts',
                '--omit=dev',
                '--no-audit',
                '--no-fund',
                `./${tarball}`
            ],
            installed
        );
    }, 600_000);

    afterAll(() => {
        if (scratch) rmSync(scratch, { recursive: true, force: true });
    });

    it('ships compiled JavaScript, the default model, the demo export and the object metadata, no TypeScript', () => {
        const pkg = path.join(installed, 'node_modules', 'trust-ledger');
        expect(existsSync(path.join(pkg, 'dist', 'cli', 'main.js'))).toBe(true);
        expect(existsSync(path.join(pkg, 'config', 'default-model.json'))).toBe(true);
        expect(existsSync(path.join(pkg, 'data', 'demo', 'Account.csv'))).toBe(true);
        expect(existsSync(path.join(pkg, 'force-app', 'main', 'default', 'objects'))).toBe(true);
        for (const source of ['cli', 'batch', 'tools'])
            expect(existsSync(path.join(pkg, source))).toBe(false);
        // Nothing that runs TypeScript came along.
        expect(existsSync(path.join(installed, 'node_modules', 'tsx'))).toBe(false);
    });

    it('scores the demo from the installed package exactly as the checkout does', () => {
        const demo = path.join(installed, 'node_modules', 'trust-ledger', 'data', 'demo');
        const args = ['score', '--from', demo, '--as-of', '2026-06-30', '--format', 'json'];
        const fromPackage = run(
            path.join(installed, 'node_modules', '.bin', 'trust-ledger'),
            args,
            installed
        );
        const fromCheckout = cli(args);
        expect(fromCheckout.status).toBe(0);
        expect(JSON.parse(fromPackage.stdout)).toEqual(JSON.parse(fromCheckout.stdout));
    });

    it('carries the sf plugin: its compiled commands and its messages', () => {
        const pkg = path.join(installed, 'node_modules', 'trust-ledger');
        const plugin = path.join(pkg, 'dist', 'cli', 'sfPlugin');
        for (const file of ['score.js', 'explain.js', 'backtest.js', 'calibrate.js', 'model/push.js'])
            expect(existsSync(path.join(plugin, 'commands', 'trust', file))).toBe(true);
        expect(existsSync(path.join(plugin, 'package.json'))).toBe(true);
        expect(existsSync(path.join(pkg, 'messages', 'trust.score.md'))).toBe(true);
    });

    it('runs `sf trust score` from the installed package as sf loads a plugin', () => {
        const pkg = path.join(installed, 'node_modules', 'trust-ledger');
        // oclif reads the package's oclif section and runs the command, as `sf` does.
        const demo = path.join(pkg, 'data', 'demo');
        const script = `require('@oclif/core').run(process.argv.slice(1), ${JSON.stringify(pkg)}).then(
            () => require('@oclif/core').flush(), (e) => { console.error(e.message); process.exitCode = 1; })`;
        const plugin = run(
            process.execPath,
            ['-e', script, 'trust:score', '--from', demo, '--as-of', '2026-06-30', '--json'],
            installed
        );
        const fromCheckout = cli(['score', '--from', demo, '--as-of', '2026-06-30', '--format', 'json']);
        expect(JSON.parse(plugin.stdout)).toEqual({
            status: 0,
            result: JSON.parse(fromCheckout.stdout),
            warnings: []
        });
    });

    it('answers --help from the installed bin', () => {
        const help = run(path.join(installed, 'node_modules', '.bin', 'trust-ledger'), ['help'], installed);
        expect(help.stdout).toMatch(/trust-ledger score --from <folder>/);
    });
});
