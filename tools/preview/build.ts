/**
 * Builds the preview bundle with Rollup and the LWC compiler: the package's components from
 * the package's `lwc` folders (`force-app/main/<group>/lwc`) exactly as they deploy (as `c/<name>`), the base components
 * from lightning-base-components, the LWC engine with synthetic shadow (so SLDS, loaded once
 * for the page, styles the base components as in an org), and local implementations of the
 * platform modules the base components package does not carry (`modules/lightning/*`).
 *
 * The LWC toolchain is ES modules only: load this module with tsx (or Node's `require` of ES
 * modules), not inside a Jest test runtime; `startPreview` imports it only when it builds.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import lwc from '@lwc/rollup-plugin';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup, type Plugin, type RollupLog } from 'rollup';
import { COMPONENTS_DIR, DEFAULT_OUT_DIR, LABELS_DIR, MODULES_DIR, PAGE_DIR, REPO_ROOT } from './paths';
import { componentAliases } from './components';
import { salesforceModules } from './salesforceModules';
import { environment, typeScript } from './transforms';

export interface BuildOptions {
    /** Output folder; default `tmp/preview`. It is emptied first. */
    outDir?: string;
    /** Development mode keeps the LWC engine's dev-time checks and warnings. Default production. */
    mode?: 'production' | 'development';
    /** Where the components come from; default the package's `lwc` folder. */
    componentsDir?: string;
}

export interface BuildResult {
    outDir: string;
    /** Components compiled from the package, by folder name. */
    components: string[];
    durationMs: number;
    /** Rollup and compiler warnings about our own sources (node_modules noise is dropped). */
    warnings: string[];
}

/**
 * The LWC engine of the `lwc` package this project pins (the top-level @lwc/* packages are
 * sfdx-lwc-jest's older ones), by file: an alias to `lwc/synthetic-shadow.js` would resolve
 * its own `export * from '@lwc/synthetic-shadow'` back to itself and drop the polyfill.
 */
const fromLwc = createRequire(path.join(REPO_ROOT, 'node_modules', 'lwc', 'package.json'));
const ENGINE_MODULES = ['lwc', '@lwc/synthetic-shadow', '@lwc/wire-service'].map((name) => ({
    name,
    path: fromLwc.resolve(name === 'lwc' ? '@lwc/engine-dom' : name)
}));

/** Components of the package the shell hosts (see `lwc/preview/hosted/hosted.ts`). */
export const HOSTED = ['trustPanel', 'trustSetup'] as const;
const HOSTED_MODULE = path.join(MODULES_DIR, 'preview', 'hosted', 'hosted.ts');

/** Fills the shell's `hosted` module with the hosted components that exist in the package. */
function hostedComponents(present: ReadonlySet<string>): Plugin {
    return {
        name: 'trust-ledger-hosted-components',
        load(id) {
            if (id !== HOSTED_MODULE) return null;
            const names = HOSTED.filter((name) => present.has(name));
            return [
                ...names.map((name) => `import ${name} from 'c/${name}';`),
                `export default { ${names.join(', ')} };`
            ].join('\n');
        }
    };
}

function describeLog(log: RollupLog): string {
    const where = log.loc
        ? `${path.relative(REPO_ROOT, log.loc.file ?? log.id ?? '')}:${log.loc.line}: `
        : '';
    return `${where}${log.message}`;
}

export async function buildPreview(options: BuildOptions = {}): Promise<BuildResult> {
    const started = performance.now();
    const outDir = path.resolve(options.outDir ?? DEFAULT_OUT_DIR);
    const componentsDir = options.componentsDir ?? COMPONENTS_DIR;
    const mode = options.mode ?? 'production';
    const aliases = componentAliases(componentsDir);
    const warnings: string[] = [];
    const bundle = await rollup({
        input: path.join(PAGE_DIR, 'main.ts'),
        preserveEntrySignatures: false,
        onLog(level, log) {
            if (level === 'debug' || level === 'info') return;
            // An import nothing resolves would be left to the browser, which cannot load it: fail
            // the build instead, as a deploy fails on a missing module.
            if (log.code === 'UNRESOLVED_IMPORT') throw new Error(`preview build: ${log.message}`);
            const inDeps = (log.id ?? log.loc?.file ?? '').includes(`${path.sep}node_modules${path.sep}`);
            // Dependencies' circular imports and `this` rewrites are theirs to fix, not ours.
            if (inDeps || log.code === 'CIRCULAR_DEPENDENCY') return;
            warnings.push(describeLog(log));
        },
        plugins: [
            hostedComponents(new Set(aliases.map((alias) => alias.name.slice(2)))),
            salesforceModules(LABELS_DIR, path.join(REPO_ROOT, 'node_modules', 'lightning-base-components')),
            typeScript(),
            lwc({
                rootDir: REPO_ROOT,
                // First match wins: our platform modules shadow the base components' stubs of the same name.
                modules: [{ dir: MODULES_DIR }, ...aliases, { npm: 'lightning-base-components' }],
                // The `lwc` package's own engine (the top-level @lwc/* packages are sfdx-lwc-jest's older ones).
                defaultModules: ENGINE_MODULES,
                // `<lwc:component lwc:is>` in the shell, so it builds while a hosted component is missing.
                enableDynamicComponents: true,
                // The base combobox uses ElementInternals; under synthetic shadow LWC allows it only to
                // components compiled with this flag, as Lightning Experience compiles them.
                enableSyntheticElementInternals: true
            }),
            nodeResolve({ browser: true, rootDir: REPO_ROOT }),
            environment(mode)
        ]
    });
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    try {
        await bundle.write({ dir: outDir, format: 'es', entryFileNames: 'app.js', sourcemap: true });
    } finally {
        await bundle.close();
    }
    copyFileSync(path.join(PAGE_DIR, 'index.html'), path.join(outDir, 'index.html'));
    writeFileSync(
        path.join(outDir, 'build.json'),
        `${JSON.stringify({ builtAt: new Date().toISOString(), mode, components: aliases.map((a) => a.name) }, null, 2)}\n`
    );
    return {
        outDir,
        components: aliases.map((alias) => alias.name.slice(2)),
        durationMs: Math.round(performance.now() - started),
        warnings
    };
}
