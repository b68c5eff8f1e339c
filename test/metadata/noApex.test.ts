import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../tools/metadata/package/files';
import { FORCE_APP_DIR, repoRelative } from '../../tools/metadata/paths';

/** Trust Ledger ships no Apex: every read is GraphQL / UI API, every write uiRecordApi or the CLI. */
describe('no Apex in the package', () => {
    const everything = listFiles(FORCE_APP_DIR, '').map(repoRelative);

    it('has no Apex classes or triggers', () => {
        const apex = everything.filter(
            (file) => /\/(classes|triggers)\//.test(file) || /\.(cls|trigger)(-meta\.xml)?$/.test(file)
        );
        expect(apex).toEqual([]);
    });

    it('imports nothing from @salesforce/apex', () => {
        const sources = listFiles(FORCE_APP_DIR, '').filter((file) =>
            ['.js', '.ts', '.html'].includes(path.extname(file))
        );
        const importing = sources
            .filter((file) => readFileSync(file, 'utf8').includes('@salesforce/apex'))
            .map(repoRelative);
        expect(importing).toEqual([]);
    });
});
