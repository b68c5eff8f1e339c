/**
 * The `sf trust …` commands are the `trust-ledger` command modules behind sf's conventions.
 * This base class turns a module's declaration into oclif flags and arguments, its org flags
 * into sf's own `--target-org`, runs the module with streams that stay quiet under `--json`,
 * and returns the object the module hands to `io.result`, which SfCommand prints as
 * `{status, result, warnings}`. There is no second implementation: only this translation.
 *
 * The folder is an ES module because @salesforce/sf-plugins-core is one, with a top-level
 * await in its imports, which a CommonJS module cannot require.
 */
import { Writable } from 'node:stream';
import type { Org } from '@salesforce/core';
import { SfCommand } from '@salesforce/sf-plugins-core';
import { registerArgumentSecrets } from '../../batch/org/redact.js';
import type { Command, CommandIo, OptionSpecs, Values } from '../command.js';
import { ORG_OPTIONS } from '../orgFlags.js';
import { stopAllProgress } from '../progress.js';
import { sfErrorOf } from './errors.js';

/** What `--json` leaves of the command's own output: nothing (the result is the output). */
function discard(): Writable {
    return new Writable({ write: (_chunk, _encoding, done) => done() });
}

/**
 * The values the shared parser would have produced: the flags given (or defaulted), and the
 * org as the username the sf auth store knows it by. The sf config's default org stands in
 * only when no folder is named, so `--from` still scores the folder in a project with one.
 */
export function valuesOf(
    command: Command<OptionSpecs>,
    flags: Record<string, unknown>,
    orgFromDefault: boolean
): Values<OptionSpecs> {
    const values: Record<string, unknown> = {};
    for (const name of Object.keys(command.options))
        if (!(name in ORG_OPTIONS) && flags[name] !== undefined) values[name] = flags[name];
    const org = flags['target-org'] as Org | undefined;
    const username = org?.getUsername();
    if (username && !(orgFromDefault && values.from !== undefined)) values['target-org'] = username;
    // oclif checked each flag against the same declaration the shared parser reads.
    return values as Values<OptionSpecs>;
}

export abstract class SharedCommand extends SfCommand<object> {
    /** The `trust-ledger` command module this `sf` command runs. */
    public static shared: Command<OptionSpecs>;

    public async run(): Promise<object> {
        const statics = this.constructor as typeof SharedCommand;
        const command = statics.shared;
        const { flags, args, argv, metadata } = await this.parse(statics);
        registerArgumentSecrets(argv as string[], process.env);
        const values = valuesOf(command, flags, metadata.flags['target-org']?.setFromDefault === true);
        const positionals = (command.positionals ?? [])
            .map((p) => (args as Record<string, unknown>)[p.name])
            .filter((v): v is string => typeof v === 'string');
        let result: object = {};
        const io: CommandIo = {
            stdout: this.jsonEnabled() ? discard() : process.stdout,
            stderr: process.stderr,
            env: process.env,
            cwd: process.cwd(),
            result: (value) => (result = value),
            // sf prints it as "Warning: …" and lists it in the JSON's `warnings`.
            warning: (text) => this.warn(text)
        };
        let code: number;
        try {
            code = await command.run({ values, positionals }, io);
        } catch (error) {
            throw sfErrorOf(error);
        } finally {
            stopAllProgress();
        }
        // Exit codes 3 (stopped early) and 4 (partly written) are the CLI's contract too;
        // SfCommand reports process.exitCode as the JSON's `status`.
        if (code !== 0) process.exitCode = code;
        return result;
    }
}
