/**
 * `trust-ledger model validate|pull|list|push`: the model as a JSON file that can live in
 * version control. Validating reads no org; the others load jsforce when run.
 */
import { createRequire } from 'node:module';
import { inertText } from '../../batch/output/terminalText';
import { readModel } from '../args';
import { defineCommand, type CommandGroup } from '../command';
import { messages, optionHelp as help, summaries, synopses } from '../messages';
import { ORG_OPTIONS } from '../orgFlags';

const load = createRequire(__filename);
const modelFile = { name: 'file.json', help: help.modelFile, required: true };

const validate = defineCommand({
    name: 'validate',
    summary: summaries.modelValidate,
    positionals: [modelFile],
    options: {},
    async run({ positionals }, io) {
        const model = readModel(positionals[0]);
        io.stdout.write(`${messages.modelValid(inertText(model.name), model.version)}\n`);
        io.result?.({ name: model.name, version: model.version, valid: true });
        return 0;
    }
});

const pull = defineCommand({
    name: 'pull',
    summary: summaries.modelPull,
    usage: synopses.modelPull,
    options: {
        ...ORG_OPTIONS,
        out: { type: 'string', value: 'file.json', help: help.pullOut },
        'out-dir': { type: 'string', value: 'folder', help: help.pullOutDir },
        name: { type: 'string', value: 'model name', help: help.pullName }
    },
    run: ({ values }, io) => (load('./modelPull') as typeof import('./modelPull')).runModelPull(values, io)
});

const list = defineCommand({
    name: 'list',
    summary: summaries.modelList,
    options: { ...ORG_OPTIONS },
    run: ({ values }, io) => (load('./modelList') as typeof import('./modelList')).runModelList(values, io)
});

const push = defineCommand({
    name: 'push',
    summary: summaries.modelPush,
    usage: synopses.modelPush,
    positionals: [modelFile],
    options: {
        ...ORG_OPTIONS,
        notes: { type: 'string', value: 'text', help: help.notes },
        priority: { type: 'string', value: 'n', help: help.priority }
    },
    run: ({ values, positionals }, io) =>
        (load('./model') as typeof import('./model')).runModelPush(positionals[0] as string, values, io)
});

export const modelCommand: CommandGroup = {
    name: 'model',
    summary: summaries.model,
    subcommands: [validate, pull, list, push]
};
