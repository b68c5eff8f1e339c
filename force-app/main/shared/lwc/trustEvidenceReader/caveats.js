/**
 * What the reader tells a container, in one shape whatever went wrong: a caveat
 * `{message, errors, variant}` — the rep's sentence (a Custom Label), the errors behind it
 * for the details toggle of `c-error-panel`, and how serious it is. One failure, one wording,
 * in the panel and in the what-if preview alike.
 */
import { formatCount, formatLabel } from 'c/trustPanelUtils';
import { isAccessError, reduceErrors, unknownObjects } from 'c/ldsUtils';
import { EVIDENCE_NAMES, LABELS } from './labels';

/**
 * @typedef {object} Caveat
 * @property {string} message what the user reads
 * @property {*} errors the errors behind it (any shape `reduceErrors` reads), or undefined
 * @property {'error'|'warning'} variant
 */

/** A caveat; `key` is added where a list renders it. */
export function caveat(message, errors, variant = 'error') {
    return { message, errors, variant };
}

/**
 * Why a reading stopped: the core evidence query failed, a response could not be read, or the
 * server could not be asked again. Without access the user is told what to ask for (a
 * warning: nothing is broken); anything else is an error, with its details.
 */
export function readingProblem(errors) {
    return isAccessError(errors)
        ? caveat(LABELS.NO_READ, errors, 'warning')
        : caveat(LABELS.ERROR_LOAD, errors, 'error');
}

/** Why a supplementary evidence query failed, in a rep's words where the errors allow. */
export function unreadableReason(errors) {
    const objects = unknownObjects(errors);
    if (objects.length) return formatLabel(LABELS.OBJECT_NOT_IN_ORG, objects.join(', '));
    const texts = reduceErrors(errors);
    if (isAccessError(errors)) return formatLabel(LABELS.OBJECT_NO_ACCESS, texts.join(' '));
    return texts.join(' ');
}

const evidenceName = (object) => EVIDENCE_NAMES[object] ?? object;

/**
 * One caveat per evidence object a reading left out (`pager.missing`, with the reason) or read
 * only up to the pager's upper bound (`pager.truncated`); none when the pager read everything.
 * @param {{missing: {object: string, reason: string}[], truncated: string[], upperBound: number|null}} pager
 * @param {Map<string, *>} [errorsByObject] the errors that made each missing object unreadable
 * @returns {(Caveat & {key: string})[]}
 */
export function evidenceCaveats(pager, errorsByObject = new Map()) {
    return [
        ...pager.missing.map((m) => ({
            key: `missing-${m.object}`,
            ...caveat(
                formatLabel(LABELS.EVIDENCE_MISSING, evidenceName(m.object), m.reason),
                errorsByObject.get(m.object),
                'warning'
            )
        })),
        ...pager.truncated.map((object) => ({
            key: `truncated-${object}`,
            ...caveat(
                formatLabel(LABELS.EVIDENCE_TRUNCATED, evidenceName(object), formatCount(pager.upperBound)),
                undefined,
                'warning'
            )
        }))
    ];
}
