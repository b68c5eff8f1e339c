/** `demo-data --accounts N --out <folder> [--seed] [--as-of]`: a synthetic org as a CSV export. */
import { generateDemoData } from '../../tools/demo';
import { readAsOf, readCount } from '../args';
import type { CommandIo } from '../command';
import { messages } from '../messages';
import { stderrProgress } from '../progress';

export interface DemoDataFlags {
    accounts?: string;
    out?: string;
    seed?: string;
    'as-of'?: string;
    hierarchies?: boolean;
    usage?: boolean;
    surveys?: boolean;
    meetings?: boolean;
    invoices?: boolean;
    industries?: boolean;
}

export async function runDemoData(values: DemoDataFlags, io: CommandIo): Promise<number> {
    const accounts = readCount('--accounts', values.accounts, 'demo-data');
    const out = values.out as string;
    const seed = readCount('--seed', values.seed, 'demo-data');
    const referenceDate = readAsOf(values['as-of']).text;
    const progress = stderrProgress(true, io.stderr);
    const summary = await generateDemoData({
        accounts,
        outDir: out,
        seed,
        referenceDate,
        hierarchies: values.hierarchies === true,
        usage: values.usage === true,
        surveys: values.surveys === true,
        meetings: values.meetings === true,
        invoices: values.invoices === true,
        industries: values.industries === true,
        onProgress: (done: number) => progress.update('generating accounts', done, accounts)
    });
    progress.done();
    const rows = Object.entries(summary.rows)
        .map(([object, count]) => `${object} ${count.toLocaleString('en-US')}`)
        .join(', ');
    io.stderr.write(`${messages.demoWritten(accounts, out, referenceDate, seed, rows)}\n`);
    return 0;
}
