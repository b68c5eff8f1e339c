/**
 * `trust-ledger score`: every account of a CSV export (`--from`) or of an org (the org flags).
 * The org path loads jsforce and the batch pipeline only when it is taken, so scoring an
 * export starts in a fraction of a second.
 */
import { createRequire } from 'node:module';
import { OUTPUT_FORMATS, type OutputFormat } from '../../batch/output/formats';
import { readAsOf, readFolder, readSince, UsageError } from '../args';
import { defineCommand } from '../command';
import { messages, optionHelp as help, summaries, synopses } from '../messages';
import { AS_OF, BULK, FROM, MODELS, QUIET, SKIP_UNKNOWN_ACCOUNTS } from '../options';
import { connectionFrom, ORG_OPTIONS, orgFrom } from '../orgFlags';
import { scoreFolder } from './scoreFolder';

const load = createRequire(__filename);

function readFormat(value: string | undefined): OutputFormat | null {
    if (value === undefined) return null;
    if (!OUTPUT_FORMATS.includes(value as OutputFormat)) throw new UsageError(messages.badFormat(value));
    return value as OutputFormat;
}

export const scoreCommand = defineCommand({
    name: 'score',
    summary: summaries.score,
    usage: synopses.score,
    options: {
        ...FROM,
        ...ORG_OPTIONS,
        ...AS_OF,
        ...MODELS,
        format: { type: 'string', value: 'table|json|csv', help: help.format },
        out: { type: 'string', value: 'file', help: help.out },
        ...BULK,
        'dry-run': { type: 'boolean', help: help.dryRun },
        'only-changed-since': { type: 'string', value: 'date', help: help.onlyChangedSince },
        ...SKIP_UNKNOWN_ACCOUNTS,
        ...QUIET
    },
    async run({ values }, io) {
        const format = readFormat(values.format);
        const org = orgFrom(values, values.from, io.env);
        if (org) {
            const { scoreOrg } = load('./scoreOrg') as typeof import('./scoreOrg');
            // Every value is checked before the login, so a typo costs no API call.
            const asOf = readAsOf(values['as-of']);
            const onlyChangedSince = readSince(values['only-changed-since']);
            return scoreOrg({
                connection: await connectionFrom(values, io.env),
                asOf,
                format,
                out: values.out,
                bulk: values.bulk ?? false,
                dryRun: values['dry-run'] ?? false,
                onlyChangedSince,
                quiet: values.quiet ?? false,
                io
            });
        }
        return scoreFolder({
            folder: readFolder(values.from, 'score'),
            asOf: values['as-of'],
            modelFiles: values.model,
            format: format ?? 'table',
            out: values.out,
            quiet: values.quiet ?? false,
            skipUnknownAccounts: values['skip-unknown-accounts'] ?? false,
            io
        });
    }
});
