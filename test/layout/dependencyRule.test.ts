/**
 * The layout's dependency rule (docs/architecture.md), as ESLint enforces it on every `npm test`:
 * the engine imports nothing outside itself, the record shapes only the engine, the batch never
 * the tools that test and demo the product. Linted as text at the paths it would have.
 */
import path from 'node:path';
import { ESLint } from 'eslint';

// The project's own flat config, passed in: ESLint would load the file with a dynamic import,
// which jest's module system does not offer.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../eslint.config.js') as ESLint.Options['overrideConfig'];
const eslint = new ESLint({
    cwd: path.resolve(__dirname, '..', '..'),
    overrideConfigFile: true,
    overrideConfig: config
});

async function ruleMessages(filePath: string, text: string): Promise<string[]> {
    const [result] = await eslint.lintText(text, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the dependency rule', () => {
    it.each([
        ['engine/signals/example.ts', "import { EVIDENCE_FIELDS } from '../../records/evidenceFields';"],
        ['engine/example.ts', "import { readFileSync } from 'node:fs';"],
        ['records/example.ts', "import { runScore } from '../batch/run/run';"],
        ['records/example.ts', "import { messages } from '../cli/messages';"],
        ['batch/run/example.ts', "import { startLocalOrg } from '../../tools/localOrg';"]
    ])(
        'refuses %s importing across the rule: %s',
        async (file, line) => {
            const messages = await ruleMessages(file, `${line}\nexport const used = 1;\n`);
            expect(messages).toEqual([expect.stringContaining('docs/architecture.md')]);
        },
        60_000
    );

    it.each([
        ['engine/example.ts', "import { TRUST_PILLARS } from './catalog';"],
        ['records/example.ts', "import { score } from '../engine/score';"],
        ['batch/run/example.ts', "import { score } from '../../engine/score';"],
        ['cli/commands/example.ts', "import { startLocalOrg } from '../../tools/localOrg';"],
        ['tools/demo/example.ts', "import { runScore } from '../../batch/run/run';"],
        ['batch/run/__tests__/example.test.ts', "import { startLocalOrg } from '../../../tools/localOrg';"]
    ])(
        'allows %s: %s',
        async (file, line) => {
            expect(await ruleMessages(file, `${line}\nexport const used = 1;\n`)).toEqual([]);
        },
        60_000
    );
});
