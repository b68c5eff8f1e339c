/**
 * A draft model seen among the models in force, for the setup page: the set the org would
 * have if the draft were saved in place of the model it edits, checked as the batch and the
 * panel will check it (two defaults, no default, overlapping segments), and the two ways a
 * save would not do what the admin sees (a draft that takes another model's place, or a
 * segment model renamed away from its own versions).
 */
import type { ModelIssue, TrustModel } from '../engine/model';
import { missingSegmentFields, validateModelSet, type ModelSetValidation } from '../engine/modelSet';
import type { ModelSegment } from '../engine/segment';
import type { ModelVersion } from './modelRecord';
import { modelSlot, versionsInForce } from './modelSlot';

/** What the page is editing: one model in force (its slot), or a new segment model (null). */
export interface DraftInSet {
    /** The versions in force (`activeModelVersions`), in the order accounts try them. */
    inForce: readonly ModelVersion[];
    /** The slot of the model being edited; null for a new segment model. */
    editedSlot: string | null;
    /** The draft, validated on its own. */
    draft: TrustModel;
    /** The priority the draft will be saved with (null: none, tried after every number). */
    priority: number | null;
}

/** One model of the set the draft makes, in the order accounts would try them. */
export interface SetMember {
    model: TrustModel;
    slot: string;
    priority: number | null;
    /** The version in force, or null for the draft. */
    version: number | null;
    isDraft: boolean;
}

/**
 * Why saving the draft would not replace the model it edits: `slotTaken` (it would replace
 * another model in force, named `name`: a new segment model named like an existing one, or an
 * edited one renamed to another's name), `renamed` (a segment model's versions are known by
 * its name: saved under another name it would leave the old one in force beside it).
 */
export interface SlotProblem {
    code: 'slotTaken' | 'renamed';
    name: string;
}

export interface DraftSetCheck {
    /** The set with the draft in place of its slot, in the order accounts would try it. */
    members: SetMember[];
    /** `validateModelSet` over `members`: issues refuse the save, warnings (overlaps) do not. */
    validation: ModelSetValidation;
    slotProblem: SlotProblem | null;
}

/** The newest version of a draft: it replaces the version in force of its slot. */
const DRAFT_VERSION = Number.POSITIVE_INFINITY;

/** How a member is named in the set's messages: name and version, or the name alone for the draft. */
export function memberLabel(member: SetMember): string {
    return member.isDraft ? member.model.name : `${member.model.name} v${member.version}`;
}

/**
 * The set the org would have with the draft saved: every valid model in force except the one
 * edited, and the draft, in priority order (the rule of `versionsInForce`), then checked.
 */
export function checkDraftInSet({ inForce, editedSlot, draft, priority }: DraftInSet): DraftSetCheck {
    const slot = modelSlot(draft);
    const others: SetMember[] = inForce
        .filter((v): v is ModelVersion & { model: TrustModel } => v.model !== null && v.slot !== editedSlot)
        .map((v) => ({
            model: v.model,
            slot: v.slot,
            priority: v.priority,
            version: v.version,
            isDraft: false
        }));
    // A draft without a segment beside the default is a second default (the set says so); a
    // segment model's slot taken by another would replace that model on save.
    const taken = slot === 'default' ? undefined : others.find((m) => m.slot === slot);
    const slotProblem: SlotProblem | null = taken
        ? { code: 'slotTaken', name: taken.model.name }
        : editedSlot !== null && editedSlot !== 'default' && slot !== editedSlot && draft.segment
          ? { code: 'renamed', name: editedSlot.replace(/^segment:/, '') }
          : null;
    const draftMember: SetMember = { model: draft, slot, priority, version: null, isDraft: true };
    const members = versionsInForce([...others.filter((m) => m !== taken), draftMember], (m) => ({
        // The draft is its own model here, so a second default stays in the set to be refused.
        slot: m.isDraft ? '(draft)' : m.slot,
        version: m.version ?? DRAFT_VERSION,
        priority: m.priority
    }));
    const validation = validateModelSet(
        members.map((m) => m.model),
        members.map(memberLabel)
    );
    return { members, validation, slotProblem };
}

/**
 * A new segment model: a copy of `base`'s settings (the default's, so the segment starts from
 * what scores its accounts today) under its own name and segment.
 */
export function newSegmentModel(base: TrustModel, name: string, segment: ModelSegment): TrustModel {
    const copy = JSON.parse(JSON.stringify(base)) as TrustModel;
    return { ...copy, name, segment: { field: segment.field, values: [...segment.values] } };
}

/**
 * `segmentFieldNotOnAccount` for the draft's segment when the org's Account has no such field;
 * none while the fields are not known (`accountFields` null).
 */
export function segmentFieldIssues(
    draft: TrustModel,
    accountFields: ReadonlySet<string> | null
): ModelIssue[] {
    if (!draft.segment || accountFields === null) return [];
    return missingSegmentFields({ models: [draft], fallback: draft }, (field) => accountFields.has(field));
}
