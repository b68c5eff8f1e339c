/**
 * Two small Rollup transforms the LWC plugin does not do:
 *
 * - `typeScript`: strips types from the preview's own `.ts` modules with esbuild before the LWC
 *   compiler sees them (it parses JavaScript only). Class fields stay class fields, because LWC
 *   tracks reactive state through them.
 * - `environment`: replaces `process.env.NODE_ENV` (the LWC engine and the base components pick
 *   their production or development paths by it) and `import.meta.env.SSR` (the base
 *   components skip browser-only code by it; this page renders in the browser only).
 */
import { transformSync } from 'esbuild';
import type { Plugin } from 'rollup';

export function typeScript(): Plugin {
    return {
        name: 'trust-ledger-strip-types',
        transform(code, id) {
            if (!id.endsWith('.ts')) return null;
            // No `format`: with one, esbuild rewrites `export default class X` as
            // `export { X as default }`, which the LWC compiler does not register as a component.
            const result = transformSync(code, {
                loader: 'ts',
                target: 'es2022',
                // Decorators (`@api`) stay for the LWC compiler, which implements them.
                supported: { decorators: true },
                sourcefile: id,
                sourcemap: 'external',
                tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } }
            });
            return { code: result.code, map: result.map };
        }
    };
}

export function environment(mode: 'production' | 'development'): Plugin {
    const nodeEnv = /\bprocess\.env\.NODE_ENV\b/g;
    const ssr = /\bimport\.meta\.env\.SSR\b/g;
    return {
        name: 'trust-ledger-environment',
        transform(code) {
            if (!code.includes('process.env.NODE_ENV') && !code.includes('import.meta.env.SSR')) return null;
            return { code: code.replace(nodeEnv, JSON.stringify(mode)).replace(ssr, 'false'), map: null };
        }
    };
}
