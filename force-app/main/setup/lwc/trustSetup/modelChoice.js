/**
 * Which model the setup page edits, among the models in force (models per segment), without
 * the DOM: the version in force of a slot, that model's own history, the set the draft would
 * make with the others, and what the what-if must preview. The rules are the bundle's
 * (`checkDraftInSet`, `segmentFieldIssues` of records/modelSetDraft.ts); this module only
 * puts them in the shape the page shows.
 */
import { checkDraftInSet, modelSetOfVersions, segmentFieldIssues, segmentFields } from 'c/trustEngine';
import { LABELS, formatLabel, modelIssueLine, modelIssueText } from 'c/trustSetupLabels';

/** The slot of the model without a segment (records/modelSlot.ts). */
export const DEFAULT_SLOT = 'default';

/** The version in force of `slot`, or undefined (a new segment model has none yet). */
export function versionOfSlot(inForce, slot) {
    return (inForce ?? []).find((v) => v.slot === slot);
}

/** Every saved version of one model (its slot), highest first, for the version history. */
export function slotHistory(versions, slot) {
    return (versions ?? []).filter((v) => v.slot === slot);
}

/**
 * The draft among the models in force: `checkDraftInSet`, plus the draft's segment field
 * when the org's Account lacks it (`accountFields` null while unknown). Null while the draft
 * itself is invalid (its own problems are shown first).
 */
export function checkSet({ inForce, editedSlot, draft, priority, accountFields }) {
    if (!draft) return null;
    return {
        ...checkDraftInSet({ inForce, editedSlot, draft, priority }),
        fieldIssues: segmentFieldIssues(draft, accountFields)
    };
}

/** Whether the set check lets the draft be saved (overlaps are warnings, not problems). */
export function setAllowsSave(setCheck) {
    return Boolean(
        setCheck && setCheck.validation.ok && !setCheck.slotProblem && setCheck.fieldIssues.length === 0
    );
}

/** What stops the save, as the save bar lists it ({ key, text }): field, set, then slot problems. */
export function setProblemLines(setCheck) {
    if (!setCheck) return [];
    const lines = setCheck.fieldIssues.map((issue, i) => ({ key: `f${i}`, text: modelIssueLine(issue) }));
    if (!setCheck.validation.ok)
        setCheck.validation.issues.forEach((issue, i) =>
            lines.push({ key: `s${i}`, text: modelIssueText(issue) })
        );
    const slot = setCheck.slotProblem;
    if (slot) {
        const words = slot.code === 'slotTaken' ? LABELS.Setup_Slot_Taken : LABELS.Setup_Segment_Renamed;
        lines.push({ key: 'slot', text: formatLabel(words, slot.name) });
    }
    return lines;
}

/**
 * What the what-if previews: `model`, the draft once it fits among the other models in force
 * (null before), and `scope`: null when the draft is the only model and scores every account,
 * else the set with the draft in place, the Account fields it reads to tell which accounts
 * the draft scores, and the draft's segment (null for the model of all other accounts).
 */
export function previewOf(setCheck, draft) {
    if (!draft || !setAllowsSave(setCheck)) return { model: null, scope: null };
    if (setCheck.members.length < 2) return { model: draft, scope: null };
    const set = setCheck.validation.set;
    return { model: draft, scope: { set, fields: segmentFields(set), segment: draft.segment ?? null } };
}

/**
 * What the models list shows: the problems of the set the models in force make as saved (two
 * defaults, none), and the overlaps of the set with the draft in place while it can be
 * checked, else as saved.
 */
export function setNotes(inForce, setCheck) {
    const stored = modelSetOfVersions(inForce);
    const validation = setCheck?.validation ?? stored;
    return {
        problems: stored.ok ? [] : stored.issues,
        warnings: validation.ok ? validation.warnings : []
    };
}

/** The draft's form messages, with a segment field Account lacks on the field itself. */
export function withFieldIssues(errors, setCheck) {
    const missing = setCheck?.fieldIssues ?? [];
    return missing.length === 0 ? errors : { ...errors, 'segment.field': modelIssueText(missing[0]) };
}
