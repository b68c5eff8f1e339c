/**
 * `trust-ledger local-org start`, declared for the CLI's command table. The server, SQLite
 * and the SOQL parser load only when it runs (serve.ts), so other commands never pay for them.
 */
import { createRequire } from 'node:module';
import { defineCommand, type CommandGroup } from '../../cli/command';
import { optionHelp as help, summaries } from '../../cli/messages';
import { localOrgMessages as messages } from './messages';

const load = createRequire(__filename);

const start = defineCommand({
    name: 'start',
    summary: summaries.localOrgStart,
    options: {
        port: { type: 'string', value: 'n', help: help.port },
        data: { type: 'string', value: 'folder', help: help.data },
        store: { type: 'string', value: 'folder', help: help.storeFolder },
        reimport: { type: 'boolean', help: help.reimport },
        'fault-rate': { type: 'string', value: '0..1', help: help.faultRate },
        seed: { type: 'string', value: 'n', help: help.localSeed },
        'audit-fields': { type: 'boolean', help: help.auditFields },
        'jwt-certificate': { type: 'string', value: 'file.pem', help: help.jwtCertificate },
        'jwt-client-id': { type: 'string', value: 'consumer key', help: help.jwtClientId },
        json: { type: 'boolean', help: help.localJson }
    },
    run: ({ values }, io) => (load('./serve') as typeof import('./serve')).serveLocalOrg(values, io)
});

export const localOrgCommand: CommandGroup = {
    name: 'local-org',
    summary: summaries.localOrg,
    subcommands: [start],
    unknownSubcommand: (sub) => (sub === undefined ? messages.usage : messages.unknownSubcommand(sub))
};
