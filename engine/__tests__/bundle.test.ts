import { readFileSync } from 'node:fs';
import { BUNDLE_PATH, renderEngineBundle } from '../../tools/build/engineBundle';

describe('c/trustEngine bundle', () => {
    it('is exactly what engine/ builds to (run `npm run build:engine` after changing the engine)', async () => {
        const committed = readFileSync(BUNDLE_PATH, 'utf8');
        const fresh = await renderEngineBundle();
        // A plain equality: a stale bundle would make the panel score differently from the CLI.
        expect(committed === fresh).toBe(true);
    });

    it('is one self-contained ES module the platform can load', () => {
        const text = readFileSync(BUNDLE_PATH, 'utf8');
        expect(text).not.toMatch(/^\s*import\s/m);
        expect(text).not.toMatch(/\brequire\(/);
        expect(text).toMatch(/^export \{/m);
        for (const name of [
            'scoreAccount',
            'validateModel',
            'defaultModel',
            'BaselineAccumulator',
            'explainResult'
        ]) {
            expect(text).toMatch(new RegExp(`\\b${name}\\b`));
        }
    });
});
