/**
 * Is the shipped model a good default? Replays the same windows on several generated orgs
 * (different seeds) and on the bundled demo, and prints each org's mean window AUC for a
 * model file, the spread across seeds (the noise any change must beat), and each signal's own
 * AUC. With --learn-from it also fits weights on those seeds' outcomes (as `calibrate` does)
 * and prints the fitted model next to the given one on every org, held-out ones marked.
 *
 *   npx tsx tools/study/defaults.ts                                   the shipped model
 *   npx tsx tools/study/defaults.ts --model my-model.json
 *   npx tsx tools/study/defaults.ts --compare other.json              both, and the gain per org
 *   npx tsx tools/study/defaults.ts --archetypes                      who churned, by hidden archetype
 *   npx tsx tools/study/defaults.ts --learn-from 1,2,3 --out fitted.json
 *
 * Generated orgs are cached in --cache (default: a folder in the system's temp folder).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SIGNAL_IDS } from '../../engine/catalog';
import type { TrustModel } from '../../engine/model';
import { readModel } from '../../cli/args';
import { readWindowRequest } from '../../cli/windowArgs';
import { archetypesOf, archetypeStudy } from './archetypes';
import { evaluateOrg, type OrgEvaluation } from './evaluate';
import { learntModel } from './learn';
import { priorChurn } from './priorChurn';
import { generatedOrg, type StudyOrg } from './orgs';
import { spreadOf, type Spread } from './stats';

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
const fixed = (n: number | null): string => (n === null ? '   —  ' : n.toFixed(4));
const spreadText = (s: Spread | null): string =>
    s === null
        ? '—'
        : `mean ${s.mean.toFixed(4)}, sd ${s.sd === null ? '—' : s.sd.toFixed(4)}, range ${s.min.toFixed(4)}–${s.max.toFixed(4)}`;

const horizonDays = (): number => Number.parseInt(values['horizon-days'], 10);

async function evaluateAll(orgs: readonly StudyOrg[], model: TrustModel): Promise<OrgEvaluation[]> {
    const request = readWindowRequest({ since: values.since, every: values.every }, 'study');
    const horizon = horizonDays();
    const out: OrgEvaluation[] = [];
    for (const org of orgs) out.push(await evaluateOrg(org, model, request, horizon));
    return out;
}

function printModel(
    title: string,
    evaluations: readonly OrgEvaluation[],
    heldOut: ReadonlySet<string>
): void {
    console.log(`\n${title}`);
    console.log('org          windows  judged  churned  mean AUC  pooled AUC  window AUCs');
    for (const e of evaluations) {
        const judged = e.windows.reduce((s, w) => s + w.accounts, 0);
        const churned = e.windows.reduce((s, w) => s + w.churned, 0);
        const mark = heldOut.has(e.org.label) ? ' (held out)' : '';
        console.log(
            `${(e.org.label + mark).padEnd(12)} ${String(e.windows.length).padStart(7)} ${String(judged).padStart(7)} ` +
                `${String(churned).padStart(8)}  ${fixed(e.meanAuc)}  ${fixed(e.pooledAuc).padStart(10)}  ` +
                e.windows.map((w) => (w.auc === null ? '—' : w.auc.toFixed(3))).join(' ')
        );
    }
    const generated = evaluations.filter((e) => e.org.label.startsWith('seed '));
    console.log(`generated orgs, mean AUC: ${spreadText(spreadOf(generated.map((e) => e.meanAuc)))}`);
    const held = generated.filter((e) => heldOut.has(e.org.label));
    if (held.length > 0)
        console.log(`held-out orgs, mean AUC: ${spreadText(spreadOf(held.map((e) => e.meanAuc)))}`);
}

function printSignals(evaluations: readonly OrgEvaluation[]): void {
    console.log("\nEach signal's own AUC (mean over the windows where it could be judged)");
    console.log(`${'signal'.padEnd(22)} ${evaluations.map((e) => e.org.label.padStart(8)).join(' ')}`);
    for (const id of SIGNAL_IDS)
        console.log(`${id.padEnd(22)} ${evaluations.map((e) => fixed(e.signals[id]).padStart(8)).join(' ')}`);
}

/**
 * The same orgs replayed with two models: the gain per org and its spread. A gain is read
 * against this spread (the same org, two models), not against the spread of the orgs' levels.
 */
function printGains(
    base: readonly OrgEvaluation[],
    other: readonly OrgEvaluation[],
    heldOut: ReadonlySet<string>
): void {
    console.log('\nGain in mean AUC per org (second model minus first)');
    const gains: { label: string; gain: number | null }[] = base.map((b, i) => {
        const o = other[i] as OrgEvaluation;
        return {
            label: b.org.label,
            gain: b.meanAuc === null || o.meanAuc === null ? null : o.meanAuc - b.meanAuc
        };
    });
    for (const g of gains)
        console.log(
            `${(g.label + (heldOut.has(g.label) ? ' (held out)' : '')).padEnd(20)} ${g.gain === null ? '—' : (g.gain >= 0 ? '+' : '') + g.gain.toFixed(4)}`
        );
    const generated = gains.filter((g) => g.label.startsWith('seed '));
    console.log(`generated orgs, gain: ${spreadText(spreadOf(generated.map((g) => g.gain)))}`);
    const held = generated.filter((g) => heldOut.has(g.label));
    if (held.length > 0) console.log(`held-out orgs, gain: ${spreadText(spreadOf(held.map((g) => g.gain)))}`);
}

/** Per org: how many judged accounts had already lost a renewal (what a churn weight acts on). */
async function printPriorChurn(evaluations: readonly OrgEvaluation[], model: TrustModel): Promise<void> {
    console.log('\nAccounts with an outcome that had lost a renewal before the as-of day (all windows)');
    for (const e of evaluations) {
        const days = e.run.windows.map((w) => w.asOf);
        const c = await priorChurn(e.org.folder, model, days, horizonDays());
        console.log(
            `${e.org.label.padEnd(12)} ${c.withLostBefore} of ${c.withOutcome} account-windows, ${c.lostAgain} of them lost the next renewal too`
        );
    }
}

/** Per generated org: judged accounts and churn by the archetype the generator gave them. */
function printArchetypes(evaluations: readonly OrgEvaluation[]): void {
    for (const e of evaluations) {
        if (e.org.generated === null) continue;
        const study = archetypeStudy(e, archetypesOf(e.org.generated.seed, e.org.generated.accounts));
        console.log(
            `\n${e.org.label}: ranking by the hidden archetype alone, mean AUC ${fixed(study.archetypeAuc)}`
        );
        console.log('archetype     judged  churned  churn rate  mean score');
        for (const r of study.rows)
            console.log(
                `${r.archetype.padEnd(12)} ${String(r.judged).padStart(7)} ${String(r.churned).padStart(8)}  ` +
                    `${(r.judged > 0 ? ((100 * r.churned) / r.judged).toFixed(1) + '%' : '—').padStart(10)}  ` +
                    `${r.meanScore === null ? '—' : r.meanScore.toFixed(1)}`
            );
    }
}

async function main(): Promise<void> {
    const model = readModel(values.model);
    const accounts = Number.parseInt(values.accounts, 10);
    const orgs: StudyOrg[] = [];
    for (const seed of seedsOf(values.seeds)) orgs.push(await generatedOrg(values.cache, seed, accounts));
    if (values.demo !== 'none') orgs.push({ label: 'demo', folder: values.demo, generated: null });

    const base = await evaluateAll(orgs, model);
    const learnFrom = values['learn-from'] === undefined ? [] : seedsOf(values['learn-from']);
    const training = new Set(learnFrom.map((s) => `seed ${s}`));
    const heldOut = new Set(
        training.size > 0 ? orgs.map((o) => o.label).filter((l) => !training.has(l)) : []
    );
    printModel(`${model.name} v${model.version}${values.model ? ` (${values.model})` : ''}`, base, heldOut);
    printSignals(base);
    await printPriorChurn(base, model);
    if (values.archetypes) printArchetypes(base);
    if (values.compare !== undefined) {
        const other = readModel(values.compare);
        const compared = await evaluateAll(orgs, other);
        printModel(`${other.name} v${other.version} (${values.compare})`, compared, heldOut);
        printGains(base, compared, heldOut);
    }
    if (training.size === 0) return;

    const fitted = learntModel(
        model,
        base.filter((e) => training.has(e.org.label))
    );
    console.log('\nFitted weights (signal weights, then pillar weights):');
    for (const id of SIGNAL_IDS)
        if (fitted.signals[id].weight !== model.signals[id].weight)
            console.log(`  ${id}: ${model.signals[id].weight} → ${fitted.signals[id].weight}`);
    for (const [pillar, weight] of Object.entries(fitted.pillars))
        if (weight !== model.pillars[pillar as keyof TrustModel['pillars']])
            console.log(
                `  ${pillar} (pillar): ${model.pillars[pillar as keyof TrustModel['pillars']]} → ${weight}`
            );
    if (values.out) writeFileSync(values.out, `${JSON.stringify(fitted, null, 4)}\n`);
    const fittedEvaluations = await evaluateAll(orgs, fitted);
    printModel('Fitted on the training seeds', fittedEvaluations, heldOut);
    printGains(base, fittedEvaluations, heldOut);
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});
