/**
 * What the generator knew and the export does not show: each generated account's archetype.
 * Regenerating an org with the same seed gives the same ids in the same order, so the
 * archetype of every account id can be recovered without writing any file. The study uses it
 * to ask how much of the renewals' outcome the evidence could explain at best.
 */
import { ARCHETYPES, generateAccount, orgContextFor, DEFAULT_REFERENCE_DATE, type Archetype } from '../demo';
import { ARCHETYPE_SPECS } from '../demo/archetypes';
import type { DemoSink } from '../demo';
import type { JudgedAccount } from '../../records/backtest';
import { rankAuc } from '../../records/backtest';
import type { OrgEvaluation } from './evaluate';
import { meanOf } from './stats';

export function archetypesOf(seed: number, accounts: number): Map<string, Archetype> {
    // generateDemoData folds the seed into 32 bits the same way.
    const seed32 = Number(BigInt.asUintN(32, BigInt(seed)));
    const org = orgContextFor(seed32, DEFAULT_REFERENCE_DATE);
    const out = new Map<string, Archetype>();
    const ignore = (): void => undefined;
    const sink: DemoSink = {
        account: (r) => out.set(r.id, r.archetype),
        opportunity: ignore,
        opportunityHistory: ignore,
        case: ignore,
        caseMilestone: ignore,
        contract: ignore,
        commitment: ignore,
        reference: ignore
    };
    for (let index = 0; index < accounts; index++) generateAccount(org, seed32, index, sink);
    return out;
}

/**
 * The quality an archetype ends with, over the kinds of behaviour that decide whether its
 * contracts lapse (tools/demo/commercial.ts): a ranking that knows the hidden archetype.
 */
function lateQuality(archetype: Archetype): number {
    const late = ARCHETYPE_SPECS[archetype].late;
    return (late.commercial + late.support + late.promises) / 3;
}

export interface ArchetypeRow {
    archetype: Archetype;
    judged: number;
    churned: number;
    meanScore: number | null;
}

export interface ArchetypeStudy {
    rows: ArchetypeRow[];
    /** Mean over the windows of the AUC of ranking by the archetype's late quality alone. */
    archetypeAuc: number | null;
}

export function archetypeStudy(
    evaluation: OrgEvaluation,
    archetypes: ReadonlyMap<string, Archetype>
): ArchetypeStudy {
    const of = (a: JudgedAccount): Archetype | undefined => archetypes.get(a.accountId);
    const all = evaluation.run.windows.flatMap((w) => w.judged);
    const rows = ARCHETYPES.map((archetype) => {
        const judged = all.filter((a) => of(a) === archetype);
        return {
            archetype,
            judged: judged.length,
            churned: judged.filter((a) => !a.renewed).length,
            meanScore: meanOf(judged.map((a) => a.score))
        };
    });
    const archetypeAuc = meanOf(
        evaluation.run.windows.map((w) =>
            rankAuc(
                w.judged.flatMap((a) => {
                    const archetype = of(a);
                    return archetype === undefined
                        ? []
                        : [{ score: lateQuality(archetype), renewed: a.renewed }];
                })
            )
        )
    );
    return { rows, archetypeAuc };
}
