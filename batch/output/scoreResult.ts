/**
 * The score JSON of docs/architecture.md (`{ asOf, model: {name, version}, accounts }`) as one object, for
 * a shell that returns results instead of printing them (the `sf` plugin's `--json`). It rides
 * along the sink that writes the chosen format, so the file or stdout output stays the same.
 */
import type { TrustModel } from '../../engine/model';
import type { TrustResult } from '../../engine/result';
import type { OutputTrailer, ResultSink } from './formats';

export interface ScoreJson extends OutputTrailer {
    asOf: string;
    model: { name: string; version: number };
    accounts: TrustResult[];
}

/**
 * `inner` gets every result as before; once it has finished, `done` gets the whole object.
 * The accounts are held in memory: a caller asking for one object has asked for that.
 */
export function collectingSink(
    inner: ResultSink | null,
    context: { asOf: string; model: TrustModel },
    done: (json: ScoreJson) => void
): ResultSink {
    const accounts: TrustResult[] = [];
    return {
        async add(result) {
            accounts.push(result);
            if (inner) await inner.add(result);
        },
        async finish(trailer) {
            if (inner) await inner.finish(trailer);
            const { name, version } = context.model;
            done({ asOf: context.asOf, model: { name, version }, accounts, ...trailer });
        }
    };
}
