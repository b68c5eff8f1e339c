/**
 * The bundle that ships to the browser and the TypeScript engine the CLI runs give the same
 * result for the same account (principle 7: one engine, everywhere).
 */
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { DEFAULT_BASELINES } from '../baselines';
import { defaultModel } from '../model';
import { scoreAccount } from '../score';
import { BUNDLE_PATH } from '../../tools/build/engineBundle';
import { accountArb, PROPERTY_AS_OF } from '../../test/support/arbitraries';

type Engine = { scoreAccount: typeof scoreAccount; defaultModel: typeof defaultModel };

function loadBundle(): Engine {
    const cjs = transformSync(readFileSync(BUNDLE_PATH, 'utf8'), { format: 'cjs', loader: 'js' }).code;
    const module = { exports: {} as Engine };
    new Function('module', 'exports', cjs)(module, module.exports);
    return module.exports;
}

describe('bundle vs TypeScript engine', () => {
    it('scores generated accounts identically', () => {
        const bundle = loadBundle();
        const model = defaultModel();
        const bundleModel = bundle.defaultModel();
        fc.assert(
            fc.property(accountArb, (e) => {
                expect(bundle.scoreAccount(e, bundleModel, DEFAULT_BASELINES, PROPERTY_AS_OF)).toEqual(
                    scoreAccount(e, model, DEFAULT_BASELINES, PROPERTY_AS_OF)
                );
            }),
            { numRuns: 100 }
        );
    });
});
