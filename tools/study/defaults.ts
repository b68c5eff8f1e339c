/**
 * Is the shipped model a good default? Replays the same windows on several generated orgs
 * (different seeds) and on the bundled demo, and prints each org's mean window AUC for a
 * model file, the spread across seeds (the noise any change must beat), each signal's own
 * AUC, and how many judged accounts had already lost a renewal. With --compare it replays a
 * second model and prints the gain per org; with --learn-from it fits weights on those seeds'
 * outcomes (as `calibrate` does) and compares them on every org, held-out ones marked.
 *
 *   npx tsx tools/study/defaults.ts                         the shipped model
 *   npx tsx tools/study/defaults.ts --model my-model.json
 *   npx tsx tools/study/defaults.ts --compare other.json    both, and the gain per org
 *   npx tsx tools/study/defaults.ts --archetypes            who churned, by hidden archetype
 *   npx tsx tools/study/defaults.ts --learn-from 1,2,3 --out fitted.json
 *
 * Generated orgs are cached in --cache (default: a folder in the system's temp folder).
 * docs/scoring.md (section 11) gives what it found.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { TrustModel } from '../../engine/model';
import { readModel } from '../../cli/args';
import { readWindowRequest } from '../../cli/windowArgs';
import { archetypesOf, archetypeStudy } from './archetypes';
import { evaluateOrg, gainsOf, type OrgEvaluation } from './evaluate';
import { learntModel } from './learn';
import { generatedOrg, type StudyOrg } from './orgs';
import {
    archetypeLines,
    gainLines,
    modelLines,
    movedWeightLines,
    priorChurnLines,
    signalLines
} from './print';
import { priorChurn } from './priorChurn';

const ROOT = path.resolve(__dirname, '..', '..');

const { values } = parseArgs({
    options: {
        model: { type: 'string' },
        seeds: { type: 'string', default: '1,2,3,4,5' },
        accounts: { type: 'string', default: '2000' },
        cache: { type: 'string', default: path.join(os.tmpdir(), 'trust-ledger-study') },
        demo: { type: 'string', default: path.join(ROOT, 'data', 'demo') },
        since: { type: 'string', default: '2024-01-01' },
        every: { type: 'string', default: '3' },
        'horizon-days': { type: 'string', default: '180' },
        compare: { type: 'string' },
        archetypes: { type: 'boolean', default: false },
        'learn-from': { type: 'string' },
        out: { type: 'string' }
    }
});

const seedsOf = (text: string): number[] => text.split(',').map((s) => Number.parseInt(s.trim(), 10));
const horizonDays = Number.parseInt(values['horizon-days'], 10);
const print = (lines: readonly string[]): void => console.log(lines.join('\n'));

async function evaluateAll(orgs: readonly StudyOrg[], model: TrustModel): Promise<OrgEvaluation[]> {
    const request = readWindowRequest({ since: values.since, every: values.every }, 'study');
    const out: OrgEvaluation[] = [];
    for (const org of orgs) out.push(await evaluateOrg(org, model, request, horizonDays));
    return out;
}

async function main(): Promise<void> {
    const model = readModel(values.model);
    const accounts = Number.parseInt(values.accounts, 10);
    const orgs: StudyOrg[] = [];
    for (const seed of seedsOf(values.seeds)) orgs.push(await generatedOrg(values.cache, seed, accounts));
    if (values.demo !== 'none') orgs.push({ label: 'demo', folder: values.demo, generated: null });
    const training = new Set(
        values['learn-from'] === undefined ? [] : seedsOf(values['learn-from']).map((s) => `seed ${s}`)
    );
    const heldOut = new Set(
        training.size > 0 ? orgs.map((o) => o.label).filter((l) => !training.has(l)) : []
    );

    const base = await evaluateAll(orgs, model);
    print(
        modelLines(
            `${model.name} v${model.version}${values.model ? ` (${values.model})` : ''}`,
            base,
            heldOut
        )
    );
    print(signalLines(base));
    const churn = [];
    for (const e of base) {
        const days = e.run.windows.map((w) => w.asOf);
        churn.push({ org: e.org, churn: await priorChurn(e.org.folder, model, days, horizonDays) });
    }
    print(priorChurnLines(churn));
    if (values.archetypes)
        for (const e of base)
            if (e.org.generated !== null)
                print(
                    archetypeLines(
                        e.org,
                        archetypeStudy(e, archetypesOf(e.org.generated.seed, e.org.generated.accounts))
                    )
                );

    const others: { title: string; model: TrustModel }[] = [];
    if (values.compare !== undefined) {
        const other = readModel(values.compare);
        others.push({ title: `${other.name} v${other.version} (${values.compare})`, model: other });
    }
    if (training.size > 0) {
        const fitted = learntModel(
            model,
            base.filter((e) => training.has(e.org.label))
        );
        print(movedWeightLines(model, fitted));
        if (values.out) writeFileSync(values.out, `${JSON.stringify(fitted, null, 4)}\n`);
        others.push({ title: 'Fitted on the training seeds', model: fitted });
    }
    for (const other of others) {
        const evaluations = await evaluateAll(orgs, other.model);
        print(modelLines(other.title, evaluations, heldOut));
        print(gainLines(gainsOf(base, evaluations), heldOut));
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});
