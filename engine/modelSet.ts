/**
 * Models per segment: several models in force at once, in priority order. An account is scored
 * by the first model whose segment matches it, and the one model without a segment (the
 * default) scores every other account. One model alone is a set of one: the same scores as
 * before segments existed.
 */
import type { AccountRecord } from './evidence';
import type { ModelIssue, TrustModel } from './model';
import { inSegment, segmentKey } from './segment';

export interface ModelSet {
    /** Every model, in priority order (the order given). */
    readonly models: readonly TrustModel[];
    /** The model without a segment: it scores every account no segment matches. */
    readonly fallback: TrustModel;
}

export type ModelSetValidation =
    { ok: true; set: ModelSet; warnings: ModelIssue[] } | { ok: false; issues: ModelIssue[] };

/** How a model is named in a set's messages: its source (a file) when given, else name and version. */
function labelOf(model: TrustModel, source: string | undefined): string {
    return source ?? `${model.name} v${model.version}`;
}

/** A set's issue: `path` names the model it is about, by its source or its name and version. */
function issue(path: string, code: ModelIssue['code'], params: ModelIssue['params'], message: string) {
    return { path, code, params, message };
}

/**
 * Checks models that are to score together, in priority order; `sources` names each (a file,
 * a record) for the messages. Exactly one model may lack a segment; models must read the same
 * renewal contract lookup (the evidence is read once for all of them). Overlapping segments
 * are allowed, the order decides, and each overlap is a warning naming the values.
 */
export function validateModelSet(
    models: readonly TrustModel[],
    sources: readonly (string | undefined)[] = []
): ModelSetValidation {
    const issues: ModelIssue[] = [];
    const label = (i: number): string => labelOf(models[i] as TrustModel, sources[i]);
    const defaults = models.flatMap((m, i) => (m.segment ? [] : [i]));
    if (defaults.length === 0)
        issues.push(
            issue(
                '(models)',
                'noDefault',
                {},
                'every model has a segment: one model without a segment must score the other accounts'
            )
        );
    for (const extra of defaults.slice(1)) {
        const first = label(defaults[0] as number);
        const second = label(extra);
        issues.push(
            issue(
                second,
                'defaultTwice',
                { first, second },
                `${first} and ${second} both have no segment; exactly one model may score the accounts no segment matches`
            )
        );
    }
    const contractField = models[0]?.mappings.renewalContractField ?? null;
    models.forEach((m, i) => {
        if (i === 0 || m.mappings.renewalContractField === contractField) return;
        issues.push(
            issue(
                `${label(i)}: mappings.renewalContractField`,
                'contractFieldDiffers',
                { first: label(0), second: label(i) },
                `must be the same as in ${label(0)} (${contractField ?? 'null'}): the evidence is read once for every model`
            )
        );
    });
    if (issues.length > 0) return { ok: false, issues };
    return {
        ok: true,
        set: { models, fallback: models[defaults[0] as number] as TrustModel },
        warnings: overlaps(models, label)
    };
}

/** Segments on the same field that share values: the earlier model wins them. */
function overlaps(models: readonly TrustModel[], label: (i: number) => string): ModelIssue[] {
    const out: ModelIssue[] = [];
    models.forEach((later, j) => {
        models.slice(0, j).forEach((earlier, i) => {
            if (!earlier.segment || !later.segment) return;
            if (segmentKey(earlier.segment.field) !== segmentKey(later.segment.field)) return;
            const taken = new Set(earlier.segment.values.map(segmentKey));
            const shared = later.segment.values.filter((v) => taken.has(segmentKey(v)));
            if (shared.length === 0) return;
            const values = shared.join(', ');
            out.push(
                issue(
                    `${label(j)}: segment.values`,
                    'segmentOverlap',
                    { field: later.segment.field, values, first: label(i), second: label(j) },
                    `${values} of ${later.segment.field} ${shared.length === 1 ? 'is' : 'are'} also in the segment of ${label(i)}, which comes first and scores those accounts`
                )
            );
        });
    });
    return out;
}

/** The set of one model: how every caller that has a single model scores. */
export function singleModelSet(model: TrustModel): ModelSet {
    return { models: [model], fallback: model };
}

/** The first model (in priority order) whose segment matches the account, else the default. */
export function chooseModel(set: ModelSet, account: AccountRecord): TrustModel {
    for (const model of set.models) if (model.segment && inSegment(model.segment, account)) return model;
    return set.fallback;
}

/** The Account fields the set's segments name, each once, in priority order. */
export function segmentFields(set: ModelSet): string[] {
    const fields: string[] = [];
    for (const m of set.models)
        if (m.segment && !fields.includes(m.segment.field)) fields.push(m.segment.field);
    return fields;
}

/**
 * A `segmentFieldNotOnAccount` issue for each segment field the org or export does not have;
 * `hasField` answers from the Account describe or the export's Account.csv header.
 */
export function missingSegmentFields(set: ModelSet, hasField: (field: string) => boolean): ModelIssue[] {
    return segmentFields(set)
        .filter((field) => !hasField(field))
        .map((field) =>
            issue(
                'segment.field',
                'segmentFieldNotOnAccount',
                { field },
                `${field} is not a field of Account in this org`
            )
        );
}
