/**
 * The command table: dispatch through groups, help generated from the declarations, the
 * CLI contract's flags all declared, and runCli writing only to the streams it is given.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    isGroup,
    type AnyCommand,
    type CommandGroup,
    type OptionSpecs,
    type Command
} from '../../cli/command';
import { defineCommand } from '../../cli/command';
import { dispatch } from '../../cli/dispatch';
import { commandHelp, topLevelHelp } from '../../cli/help';
import { runCli } from '../../cli/main';
import { COMMANDS } from '../../cli/table';
import { BIN, REPO } from '../support/cli';
import { bufferIo } from '../support/bufferIo';

const ran: string[] = [];
const leaf = (name: string) =>
    defineCommand({
        name,
        summary: `the ${name} command`,
        options: {
            out: { type: 'string', value: 'file', required: true, help: 'where to write', env: 'OUT_FILE' },
            model: { type: 'string', value: 'file.json', multiple: true, help: 'models' },
            seed: { type: 'string', value: 'n', default: '1', help: 'the seed' }
        },
        async run({ values }, io) {
            ran.push(`${name} ${values.out ?? ''}`);
            io.stdout.write(`${name} ran\n`);
            return 0;
        }
    });
const group: CommandGroup = {
    name: 'grp',
    summary: 'a group',
    subcommands: [leaf('sub')],
    fallback: leaf('grp')
};
const table: AnyCommand[] = [leaf('one'), group];

describe('dispatch', () => {
    beforeEach(() => ran.splice(0));

    it('runs the named command, a group’s subcommand, or the group’s own command', async () => {
        const io = bufferIo();
        expect(await dispatch(table, ['one', '--out', 'a'], io)).toBe(0);
        expect(await dispatch(table, ['grp', 'sub', '--out=b'], io)).toBe(0);
        expect(await dispatch(table, ['grp', '--out', 'c'], io)).toBe(0);
        expect(ran).toEqual(['one a', 'sub b', 'grp c']);
        expect(io.out()).toBe('one ran\nsub ran\ngrp ran\n');
    });

    it('answers --help from the declaration instead of running', async () => {
        const io = bufferIo();
        expect(await dispatch(table, ['grp', 'sub', '--out', 'x', '--help'], io)).toBe(0);
        expect(ran).toEqual([]);
        expect(io.out()).toContain('trust-ledger grp sub --out <file> [--model <file.json>] [--seed <n>]');
        expect(io.out()).toContain('--out <file>');
        expect(io.out()).toMatch(/where to write \(required; or OUT_FILE\)/);
        expect(io.out()).toMatch(/models \(may be repeated\)/);
        expect(io.out()).toMatch(/the seed \(default 1\)/);
    });

    it('lists a group’s commands for `grp --help` and `help grp`', async () => {
        for (const argv of [
            ['grp', '--help'],
            ['help', 'grp']
        ]) {
            const io = bufferIo();
            expect(await dispatch(table, argv, io)).toBe(0);
            expect(io.out()).toMatch(/trust-ledger grp +the grp command/);
            expect(io.out()).toMatch(/trust-ledger grp sub +the sub command/);
        }
    });

    it('prints the list: exit 0 when asked for, 2 when no command was given', async () => {
        const asked = bufferIo();
        expect(await dispatch(table, ['help'], asked)).toBe(0);
        const none = bufferIo();
        expect(await dispatch(table, [], none)).toBe(2);
        expect(none.out()).toBe(asked.out());
        expect(asked.out()).toContain('trust-ledger one --out <file>');
    });

    it('refuses an unknown command or subcommand', async () => {
        await expect(dispatch(table, ['two'], bufferIo())).rejects.toThrow('unknown command "two"');
        const noFallback: CommandGroup = { ...group, fallback: undefined };
        await expect(dispatch([noFallback], ['grp', 'other'], bufferIo())).rejects.toThrow(
            'unknown command grp other'
        );
    });
});

/** Every runnable command of the table, with how it is called. */
function leaves(command: AnyCommand, prefix = ''): [string, Command<OptionSpecs>][] {
    const name = `${prefix}${command.name}`;
    if (!isGroup(command)) return [[name, command]];
    const own: [string, Command<OptionSpecs>][] =
        command.fallback && !isGroup(command.fallback) ? [[name, command.fallback]] : [];
    return [...own, ...command.subcommands.flatMap((sub) => leaves(sub, `${name} `))];
}

describe('the table', () => {
    const byPath = new Map(COMMANDS.flatMap((c) => leaves(c)));

    it.each([
        [
            'score',
            [
                'from',
                'as-of',
                'model',
                'format',
                'out',
                'target-org',
                'instance-url',
                'access-token',
                'bulk',
                'dry-run',
                'only-changed-since'
            ]
        ],
        ['explain', ['from', 'target-org', 'instance-url', 'access-token', 'as-of', 'model']],
        ['demo-data', ['accounts', 'out', 'seed']],
        ['demo-data load', ['from', 'target-org', 'instance-url', 'access-token', 'json']],
        [
            'local-org start',
            ['port', 'data', 'fault-rate', 'seed', 'json', 'store', 'reimport', 'audit-fields']
        ],
        ['model pull', ['target-org', 'instance-url', 'access-token', 'out']],
        ['model push', ['target-org', 'instance-url', 'access-token', 'notes']],
        [
            'backtest',
            ['from', 'target-org', 'as-of', 'since', 'every', 'horizon-days', 'model', 'format', 'store']
        ],
        ['calibrate', ['from', 'target-org', 'as-of', 'since', 'every', 'horizon-days', 'model', 'out']],
        ['preview', ['port', 'data', 'no-build', 'no-score', 'dev']]
    ])('%s declares the flags of the CLI contract', (name, flags) => {
        const command = byPath.get(name);
        expect(command).toBeDefined();
        expect(Object.keys(command?.options ?? {})).toEqual(expect.arrayContaining(flags));
    });

    it('explains every option and lists every command in the help', () => {
        const help = topLevelHelp(COMMANDS);
        for (const [name, command] of byPath) {
            expect(help).toContain(`trust-ledger ${name} `.trimEnd());
            expect(command.summary.length).toBeGreaterThan(10);
            for (const [flag, spec] of Object.entries(command.options)) {
                expect([flag, spec.help.length > 5]).toEqual([flag, true]);
                expect(commandHelp(command, name)).toContain(`--${flag}`);
            }
        }
    });
});

describe('runCli', () => {
    it('writes help and errors to the streams it is given, with the exit code', async () => {
        const help = bufferIo();
        expect(await runCli(['score', '--help'], help)).toBe(0);
        expect(help.out()).toMatch(/^Usage:\n {2}trust-ledger score --from <folder>/);
        expect(help.err()).toBe('');

        const bad = bufferIo();
        expect(await runCli(['score', '--from', 'no/such/folder'], bad)).toBe(2);
        expect(bad.out()).toBe('');
        expect(bad.err()).toBe(
            'trust-ledger: --from: no/such/folder is not a folder\nRun "trust-ledger score --help" for usage.\n'
        );
    });

    it('scores an export onto the given stdout, reading the environment it is given', async () => {
        const io = bufferIo({ NO_COLOR: '1' });
        const code = await runCli(
            [
                'score',
                '--from',
                'test/fixtures/small-org',
                '--as-of',
                '2026-06-30',
                '--format',
                'json',
                '--quiet'
            ],
            io
        );
        expect(code).toBe(0);
        const output = JSON.parse(io.out()) as { asOf: string; accounts: unknown[] };
        expect(output.asOf).toBe('2026-06-30');
        expect(output.accounts).toHaveLength(4);
    });
});

describe('startup', () => {
    /** The modules a run of the CLI loaded, listed by a preload script when the process exits. */
    function loadedBy(args: string[]): string[] {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-modules-'));
        try {
            const list = path.join(dir, 'modules.json');
            const preload = path.join(dir, 'preload.js');
            writeFileSync(
                preload,
                `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`
            );
            const run = spawnSync(process.execPath, ['--require', preload, BIN, ...args], {
                cwd: REPO,
                encoding: 'utf8',
                env: { ...process.env, NO_COLOR: '1' }
            });
            expect(run.status).toBe(0);
            return JSON.parse(readFileSync(list, 'utf8')) as string[];
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }

    it.each([
        [['--help']],
        [['score', '--help']],
        [['score', '--from', 'test/fixtures/small-org', '--as-of', '2026-06-30', '--format', 'json']]
    ])(
        '%j loads neither the local org, the preview nor jsforce',
        (args) => {
            const loaded = loadedBy(args);
            expect(loaded.some((file) => file.endsWith(path.join('cli', 'table.ts')))).toBe(true);
            const heavy = loaded.filter((file) =>
                /[\\/](?:tools[\\/]localOrg[\\/](?!command\.ts|messages\.ts)|tools[\\/]preview[\\/]|node_modules[\\/](?:@jsforce|better-sqlite3|@salesforce[\\/]core)[\\/])/.test(
                    file
                )
            );
            expect(heavy).toEqual([]);
        },
        30_000
    );
});
