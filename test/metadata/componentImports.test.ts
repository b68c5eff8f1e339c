import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { componentDir, componentRoots } from '../../tools/metadata/paths';

/** `c/name` in an import, a re-export (`export … from`) or a dynamic `import()`. */
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]c\/(\w+)['"]/g;
/** `<c-trust-gauge` in a template: the child component `trustGauge`. */
const HTML_TAG = /<c-([a-z0-9-]+)/g;

const camelCase = (kebab: string): string =>
    kebab.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** Every bundle a bundle names, from any of its own .js and .html files (tests left out). */
function directImports(bundle: string): string[] {
    const dir = componentDir(bundle);
    if (!existsSync(dir)) throw new Error(`no component bundle ${bundle}`);
    const names = new Set<string>();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const source = readFileSync(path.join(dir, entry.name), 'utf8');
        if (entry.name.endsWith('.js')) {
            for (const match of source.matchAll(JS_IMPORT)) names.add(match[1] ?? '');
        } else if (entry.name.endsWith('.html')) {
            for (const match of source.matchAll(HTML_TAG)) names.add(camelCase(match[1] ?? ''));
        }
    }
    names.delete(bundle);
    return [...names].sort();
}

/**
 * Every bundle reachable from `root`, each with the chain of bundles that first reaches it
 * (breadth first, so the chain is a shortest one), for a failure that says how.
 */
function importGraph(root: string): Map<string, string[]> {
    const chains = new Map<string, string[]>([[root, [root]]]);
    const queue = [root];
    for (let bundle = queue.shift(); bundle !== undefined; bundle = queue.shift()) {
        const chain = chains.get(bundle) ?? [bundle];
        for (const next of directImports(bundle)) {
            if (chains.has(next)) continue;
            chains.set(next, [...chain, next]);
            queue.push(next);
        }
    }
    return chains;
}

const chainTo = (graph: Map<string, string[]>, bundle: string): string | undefined =>
    graph.get(bundle)?.join(' → ');

/**
 * The Trust panel loads on every Account page: it carries its own labels and the few its
 * parts share, never the setup page's whole vocabulary (`c/trustSetupLabels`).
 */
describe('component import graph', () => {
    it('follows script imports and template tags, so the checks below can fail', () => {
        const setup = importGraph('trustSetup');
        // trustSetup.js imports the labels; a child reached only through a template tag.
        expect(chainTo(setup, 'trustSetupLabels')).toBe('trustSetup → trustSetupLabels');
        expect(directImports('trustSetup')).toContain('trustSaveBar');
        expect(readFileSync(path.join(componentDir('trustSetup'), 'trustSetup.js'), 'utf8')).not.toContain(
            'c/trustSaveBar'
        );
        const panel = importGraph('trustPanel');
        expect(chainTo(panel, 'trustGauge')).toBe('trustPanel → trustGauge');
        expect(chainTo(panel, 'trustModelMessages')).toBe(
            'trustPanel → trustRecalculation → trustModelMessages'
        );
    });

    it('keeps the Trust panel away from the setup page labels', () => {
        expect(chainTo(importGraph('trustPanel'), 'trustSetupLabels')).toBeUndefined();
    });
});

/**
 * docs/architecture.md: components live in the feature folder of the page that uses them
 * (`force-app/main/panel/lwc`, `force-app/main/setup/lwc`), and in `force-app/main/shared/lwc`
 * when both pages use them.
 */
describe('component folders', () => {
    const panel = importGraph('trustPanel');
    const setup = importGraph('trustSetup');
    const groups = componentRoots().map((root) => ({
        group: path.basename(path.dirname(root)),
        bundles: readdirSync(root, { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => entry.name)
    }));

    it('has exactly the panel, setup and shared folders', () => {
        expect(groups.map((g) => g.group).sort()).toEqual(['panel', 'setup', 'shared']);
    });

    it.each(['panel', 'setup', 'shared'])('puts in %s only what belongs there', (group) => {
        const misplaced = (groups.find((g) => g.group === group)?.bundles ?? []).filter((bundle) => {
            const usedBy = [panel.has(bundle) && 'panel', setup.has(bundle) && 'setup'].filter(Boolean);
            if (group === 'shared') return usedBy.length !== 2;
            return usedBy.length !== 1 || usedBy[0] !== group;
        });
        expect(misplaced).toEqual([]);
    });
});
