/** `trust-ledger start` (`npm start`): the bundled demo scored through the embedded local org. */
import { createRequire } from 'node:module';
import { defineCommand } from '../command';
import { summaries } from '../messages';

const load = createRequire(__filename);

export const startCommand = defineCommand({
    name: 'start',
    summary: summaries.start,
    options: {},
    run: (_parsed, io) => (load('./start') as typeof import('./start')).runStart(io)
});
