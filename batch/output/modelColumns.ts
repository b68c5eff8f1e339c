/**
 * What the CSV and the table know about the model behind each row, now that several models
 * (one per segment) can score one run: which model scored the account, its custom signals'
 * columns, and the bands its band is one of.
 *
 * The CSV's new columns come after every column it had (standingColumns.ts), the model's
 * first because they are always there, then one per custom signal, which depend on the models
 * given; a script that reads the earlier columns by position reads the same values.
 */
import { isSignalId } from '../../engine/catalog';
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';

/** Appended to the CSV header after the standing columns. */
export const MODEL_CSV_HEADER = ['Model', 'ModelVersion'];

/** The model that scored a row: its name and version, or empty cells for a result without one. */
export function modelCsvCells(r: Pick<TrustResult, 'model'>): (string | number | null)[] {
    return [r.model?.name ?? null, r.model?.version ?? null];
}

/**
 * Every custom signal id of the models, each once, in priority order and then each model's
 * own order: the CSV's last columns. A signal an account's model lacks is an empty cell.
 */
export function customSignalIds(models: readonly TrustModel[]): string[] {
    const ids: string[] = [];
    for (const m of models)
        for (const s of m.customSignals ?? []) if (!isSignalId(s.id) && !ids.includes(s.id)) ids.push(s.id);
    return ids;
}

/**
 * The model among `models` that scored a result, by the name and version it names; `fallback`
 * when none matches (a result without a model, or a model not given). Two models given with
 * the same name and version are one model to the reader of the output too.
 */
export function modelOfResult(
    models: readonly TrustModel[],
    fallback: TrustModel,
    r: Pick<TrustResult, 'model'>
): TrustModel {
    const named = r.model;
    if (!named) return fallback;
    return models.find((m) => m.name === named.name && m.version === named.version) ?? fallback;
}
