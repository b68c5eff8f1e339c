/** `trust-ledger explain <accountId>`: one receipt in words, from an export or an org. */
import { createRequire } from 'node:module';
import { readAsOf, readFolder, readModels } from '../args';
import { defineCommand, warn } from '../command';
import { optionHelp as help, summaries, synopses } from '../messages';
import { AS_OF, FROM, MODELS, SKIP_UNKNOWN_ACCOUNTS } from '../options';
import { ORG_OPTIONS, orgFrom } from '../orgFlags';

const load = createRequire(__filename);

export const explainCommand = defineCommand({
    name: 'explain',
    summary: summaries.explain,
    usage: synopses.explain,
    positionals: [{ name: 'accountId', help: help.accountId, required: true }],
    options: { ...FROM, ...ORG_OPTIONS, ...AS_OF, ...MODELS, ...SKIP_UNKNOWN_ACCOUNTS },
    async run({ values, positionals }, io) {
        const accountId = positionals[0] as string;
        const asOf = readAsOf(values['as-of']);
        const org = orgFrom(values, values.from, io.env);
        const { explainFromFolder, explainFromOrg } = load('./explain') as typeof import('./explain');
        let explained;
        if (org) explained = await explainFromOrg(accountId, org, asOf);
        else {
            const models = readModels(values.model);
            for (const w of models.warnings) warn(io, `${w.path}: ${w.message}`);
            explained = await explainFromFolder(accountId, readFolder(values.from, 'explain'), asOf, models, {
                skipUnknownParents: values['skip-unknown-accounts'] ?? false
            });
        }
        const { text, json } = explained;
        io.stdout.write(`${text}\n`);
        io.result?.(json);
        return 0;
    }
});
