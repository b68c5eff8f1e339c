/**
 * A `trust-ledger` command's declaration as oclif flags and arguments: each option keeps its
 * name, help, default and whether it repeats or is required, so a flag is still spelt in one
 * place. The org flags become sf's `--target-org` (an org the sf auth store knows, or the
 * config's default org); the session and JWT flags are the `sf org login` commands' job.
 */
import { Args } from '@oclif/core';
import type { Arg, FlagInput } from '@oclif/core/interfaces';
import { Flags } from '@salesforce/sf-plugins-core';
import { isGroup, type Command, type CommandGroup, type OptionSpecs } from '../command.js';
import { ORG_OPTIONS } from '../orgFlags.js';

export function takesOrg(command: Command<OptionSpecs>): boolean {
    return Object.keys(command.options).some((name) => name in ORG_OPTIONS);
}

/** `targetOrgSummary` is the command's own words for its org (commands without one pass none). */
export function flagsOf(command: Command<OptionSpecs>, targetOrgSummary = ''): FlagInput {
    const flags: FlagInput = {};
    for (const [name, spec] of Object.entries(command.options)) {
        if (name in ORG_OPTIONS) continue;
        const summary = spec.help;
        const helpValue = spec.value === undefined ? {} : { helpValue: `<${spec.value}>` };
        if (spec.type === 'boolean') flags[name] = Flags.boolean({ summary });
        else if (spec.multiple)
            flags[name] = Flags.string({ summary, ...helpValue, multiple: true, required: spec.required });
        else
            flags[name] = Flags.string({
                summary,
                ...helpValue,
                required: spec.required,
                ...(typeof spec.default === 'string' ? { default: spec.default } : {})
            });
    }
    if (!takesOrg(command)) return flags;
    return {
        ...flags,
        'target-org': Flags.optionalOrg({ summary: targetOrgSummary })
    };
}

export function argsOf(command: Command<OptionSpecs>): Record<string, Arg<string | undefined>> {
    const args: Record<string, Arg<string | undefined>> = {};
    for (const p of command.positionals ?? [])
        args[p.name] = Args.string({ description: p.help, required: p.required === true });
    return args;
}

/** A subcommand of a group (`model push`), found by name: the group declares them. */
export function subcommandOf(group: CommandGroup, name: string): Command<OptionSpecs> {
    const found = group.subcommands.find((c) => c.name === name);
    if (!found || isGroup(found)) throw new Error(`${group.name} has no command ${name}`);
    return found;
}
