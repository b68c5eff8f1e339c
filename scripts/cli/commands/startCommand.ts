/** `trust-ledger start` (`npm start`): the bundled demo scored through the embedded local org. */
import { createRequire } from 'node:module';
import { defineCommand } from '../command';
import { summaries } from '../messages';

const load = createRequire(__filename);

export const startCommand = defineCommand({
    name: 'start',
    summary: summaries.start,
    options: {},
    async run(_parsed, io) {
        const { runStart } = load('./start') as typeof import('./start');
        return runStart(io);
    }
});
