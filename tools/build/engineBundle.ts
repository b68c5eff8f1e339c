/**
 * Bundles the TypeScript engine into the `c/trustEngine` Lightning service module: one ES
 * module, no imports, readable (not minified) so reviewers and the platform see plain code.
 */
import { build } from 'esbuild';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const ENGINE_ENTRY = path.join(REPO_ROOT, 'tools', 'build', 'trustEngineEntry.ts');
export const BUNDLE_PATH = path.join(
    REPO_ROOT,
    'force-app',
    'main',
    'shared',
    'lwc',
    'trustEngine',
    'trustEngine.js'
);

const BANNER = [
    '/*',
    ' * GENERATED FILE — do not edit. Built from engine/ and records/ by `npm run build:engine`;',
    ' * a test fails when it is out of date. Trust Ledger scoring engine (pure, no I/O).',
    ' */'
].join('\n');

/** The bundle's text, exactly as it is committed. */
export async function renderEngineBundle(): Promise<string> {
    const result = await build({
        entryPoints: [ENGINE_ENTRY],
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        target: 'es2022',
        write: false,
        minify: false,
        legalComments: 'none',
        charset: 'utf8',
        banner: { js: BANNER },
        logLevel: 'silent'
    });
    const output = result.outputFiles[0];
    if (!output) throw new Error('esbuild produced no output for the c/trustEngine entry');
    return output.text;
}
