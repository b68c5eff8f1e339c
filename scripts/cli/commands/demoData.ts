/** `demo-data --accounts N --out <folder> [--seed] [--as-of]`: a synthetic org as a CSV export. */
import { generateDemoData } from '../../demo';
import { DEMO_AS_OF, parseCommand, readAsOf, readCount, UsageError } from '../args';
import { messages } from '../messages';
import { stderrProgress } from '../progress';

export async function commandDemoData(argv: string[]): Promise<number> {
    const { values } = parseCommand({
        args: argv,
        options: {
            accounts: { type: 'string' },
            out: { type: 'string' },
            seed: { type: 'string' },
            'as-of': { type: 'string' }
        },
        strict: true
    });
    const accounts = readCount('--accounts', values.accounts, 'demo-data');
    if (values.out === undefined) throw new UsageError(messages.missingOption('--out <folder>', 'demo-data'));
    const seed = values.seed === undefined ? 1 : readCount('--seed', values.seed, 'demo-data');
    const referenceDate = values['as-of'] === undefined ? DEMO_AS_OF : readAsOf(values['as-of']).text;
    const progress = stderrProgress(true);
    const summary = await generateDemoData({
        accounts,
        outDir: values.out,
        seed,
        referenceDate,
        onProgress: (done: number) => progress.update('generating accounts', done, accounts)
    });
    progress.done();
    const rows = Object.entries(summary.rows)
        .map(([object, count]) => `${object} ${count.toLocaleString('en-US')}`)
        .join(', ');
    process.stderr.write(
        `wrote a demo org of ${accounts.toLocaleString('en-US')} accounts to ${values.out} (as of ${referenceDate}, seed ${seed}): ${rows}\n`
    );
    return 0;
}
