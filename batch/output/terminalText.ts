/**
 * Record text made inert where it is printed for a person: the table, the run summaries,
 * `explain`, warnings and error messages.
 *
 * Account names, promise descriptions and the summaries built from them are typed by anyone
 * who can edit a record. Printed raw, an ESC sequence could clear the screen, retitle the
 * window, hide the lines before it or write a link; a carriage return or line feed could
 * overwrite or forge a line; a bidi override could make one name read as another. Each such
 * character is shown as a visible escape instead (`\x1b`, `\u202e`), so the reader sees that
 * something odd is in the record and nothing is lost. A lone UTF-16 surrogate, which a
 * terminal cannot show, becomes U+FFFD.
 *
 * JSON and CSV output keep the text exactly as the record holds it: JSON escapes control
 * characters itself, and a program reading either needs the real value.
 */
import type { TrustModel } from '../../engine/model';
import type { OverrideResult, TrustResult } from '../../engine/result';
import type { Rollup } from '../../engine/rollup';

/**
 * C0 controls, DEL, C1 controls; the Unicode line and paragraph separators; the bidi marks,
 * embeddings, overrides and isolates; and lone surrogates.
 */
const UNSAFE =
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeOne(ch: string): string {
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
    return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One piece of text, line breaks included, with every unsafe character visibly escaped. */
export function inertText(text: string): string {
    return text.replace(UNSAFE, escapeOne);
}

/** Text the product composed of several lines: each line made inert, the line breaks kept. */
export function inertLines(text: string): string {
    return text.split('\n').map(inertText).join('\n');
}

/** A receipt whose record text (name, ids, summaries) is safe to print. */
export function inertResult(result: TrustResult): TrustResult {
    const signals = {} as TrustResult['signals'];
    for (const [id, signal] of Object.entries(result.signals) as [
        keyof TrustResult['signals'],
        TrustResult['signals'][keyof TrustResult['signals']]
    ][]) {
        signals[id] = {
            ...signal,
            summary: inertText(signal.summary),
            evidence: signal.evidence.map((e) => ({
                ...e,
                recordId: e.recordId === null ? null : inertText(e.recordId),
                object: inertText(e.object),
                summary: inertText(e.summary)
            }))
        };
    }
    return {
        ...result,
        accountId: inertText(result.accountId),
        accountName: result.accountName === null ? null : inertText(result.accountName),
        band: result.band === null ? null : inertText(result.band),
        signals,
        drivers: result.drivers.map((d) => ({
            ...d,
            summary: inertText(d.summary),
            recordIds: d.recordIds.map(inertText)
        })),
        ...(result.nextBand && {
            nextBand: {
                ...result.nextBand,
                band: inertText(result.nextBand.band),
                steps: result.nextBand.steps.map((s) => ({ ...s, recordIds: s.recordIds.map(inertText) }))
            }
        }),
        ...(result.rollup && { rollup: inertRollup(result.rollup) }),
        ...(result.override && { override: inertOverride(result.override) })
    };
}

/** A roll-up's band (the model's, which an org's admin types) and lowest account Id. */
function inertRollup(rollup: Rollup): Rollup {
    return {
        ...rollup,
        band: rollup.band === null ? null : inertText(rollup.band),
        lowest: rollup.lowest && { ...rollup.lowest, accountId: inertText(rollup.lowest.accountId) }
    };
}

/** An override's reason is typed by whoever set it; its band and ids come from the record too. */
function inertOverride(override: OverrideResult): OverrideResult {
    return {
        ...override,
        band: inertText(override.band),
        reason: override.reason === null ? null : inertText(override.reason),
        expiresOn: inertText(override.expiresOn),
        recordId: inertText(override.recordId),
        computedBand: override.computedBand === null ? null : inertText(override.computedBand)
    };
}

/** The model's own texts (an org's model is a record too) safe to print. */
export function inertModel(model: TrustModel): TrustModel {
    return {
        ...model,
        name: inertText(model.name),
        bands: model.bands.map((b) => ({ ...b, name: inertText(b.name) }))
    };
}
