/** `trust-ledger demo-data`: write a synthetic org as an export, or `load` an export into an org. */
import { createRequire } from 'node:module';
import { DEMO_AS_OF } from '../args';
import { defineCommand, type CommandGroup } from '../command';
import { optionHelp as help, summaries, synopses } from '../messages';
import { QUIET } from '../options';
import { ORG_OPTIONS } from '../orgFlags';

const load = createRequire(__filename);

const generate = defineCommand({
    name: 'demo-data',
    summary: summaries.demoData,
    options: {
        accounts: { type: 'string', value: 'n', required: true, help: help.accounts },
        out: { type: 'string', value: 'folder', required: true, help: help.demoOut },
        seed: { type: 'string', value: 'n', default: '1', help: help.seed },
        'as-of': { type: 'string', value: 'YYYY-MM-DD', default: DEMO_AS_OF, help: help.demoAsOf },
        hierarchies: { type: 'boolean', help: help.demoHierarchies },
        usage: { type: 'boolean', help: help.demoUsage },
        surveys: { type: 'boolean', help: help.demoSurveys },
        meetings: { type: 'boolean', help: help.demoMeetings },
        invoices: { type: 'boolean', help: help.demoInvoices },
        industries: { type: 'boolean', help: help.demoIndustries }
    },
    run: ({ values }, io) => (load('./demoData') as typeof import('./demoData')).runDemoData(values, io)
});

const loadExport = defineCommand({
    name: 'load',
    summary: summaries.demoLoad,
    usage: synopses.demoLoad,
    options: {
        from: { type: 'string', value: 'folder', help: help.loadFrom },
        ...ORG_OPTIONS,
        json: { type: 'boolean', help: help.json },
        ...QUIET
    },
    // Writing to an org loads jsforce; generating a folder does not.
    run: ({ values }, io) => (load('./demoLoad') as typeof import('./demoLoad')).runDemoLoad(values, io)
});

export const demoDataCommand: CommandGroup = {
    name: 'demo-data',
    summary: summaries.demoGroup,
    subcommands: [loadExport],
    fallback: generate
};
