/**
 * The setup page's draft model, as pure functions (service module, not exposed): immutable
 * edits by setting path, the share of the score each signal and pillar really carries,
 * validation through the engine's own schema with messages worded by c/trustModelMessages (bound
 * to the page's labels in c/trustSetupLabels), and the JSON file format of `trust-ledger model pull|push`. A new version's fields come from the save
 * sequence the CLI shares (`newVersionFields` of c/trustEngine).
 *
 * The engine's validator is the only authority on what a valid model is; this module only
 * words its findings for an admin and says which field each one belongs to.
 */
import { validateModel, PILLAR_IDS, SIGNAL_IDS } from 'c/trustEngine';
import { LABELS, formatLabel, modelIssueLine, modelIssueText } from 'c/trustSetupLabels';
import { modelFieldKey, modelPathSegments } from 'c/trustModelMessages';
import { customIssueLine } from './customSignals';

export { addCustomSignal, customSignalErrors, editCustomSignal, removeCustomSignal } from './customSignals';

/** A deep copy, so an edit never touches the model it came from. */
export function cloneModel(model) {
    return model === null || model === undefined ? model : JSON.parse(JSON.stringify(model));
}

/**
 * A copy of `draft` with the setting at `path` set to `value`; `undefined` removes the key
 * (a resolution target left blank means "no target for this priority").
 */
export function updateDraft(draft, path, value) {
    const segments = modelPathSegments(path);
    const write = (node, index) => {
        const key = segments[index];
        const copy = Array.isArray(node) ? [...node] : { ...(node ?? {}) };
        if (index === segments.length - 1) {
            if (value === undefined && !Array.isArray(copy)) delete copy[key];
            else copy[key] = value;
        } else {
            copy[key] = write(node?.[key], index + 1);
        }
        return copy;
    };
    return write(draft, 0);
}

/** The number a number input holds, or null when it is empty (the validator says "Enter a value"). */
export function numberFromInput(value) {
    if (value === null || value === undefined || String(value).trim() === '') return null;
    return Number(value);
}

const isWeight = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * The share of the score each signal and each pillar carries when every signal has
 * evidence: pillar weight / Σ weights of the pillars with an enabled, weighted signal, times
 * signal weight / Σ weights of the enabled signals of its pillar. Custom signals count in
 * their pillar like catalog ones (the engine combines them alike); `customSignals` holds
 * their shares by position in the draft's list. A switched-off signal counts for 0. All null
 * while any weight is not a number of at least 0; a custom signal whose pillar is unknown
 * has no share (the validator says why).
 */
export function weightShares(draft) {
    const signals = {};
    const pillars = {};
    const settings = draft?.signals ?? {};
    const pillarWeights = draft?.pillars ?? {};
    const custom = Array.isArray(draft?.customSignals) ? draft.customSignals : [];
    const usable =
        SIGNAL_IDS.every((id) => settings[id] && isWeight(settings[id].weight)) &&
        PILLAR_IDS.every((id) => isWeight(pillarWeights[id])) &&
        custom.every((s) => isWeight(s?.weight));
    if (!usable) {
        for (const id of SIGNAL_IDS) signals[id] = null;
        for (const id of PILLAR_IDS) pillars[id] = null;
        return { signals, pillars, customSignals: custom.map(() => null) };
    }
    const counts = (setting) =>
        setting.enabled !== false && setting.weight > 0 && PILLAR_IDS.includes(setting.pillar);
    const withinPillar = {};
    for (const setting of [...SIGNAL_IDS.map((id) => settings[id]), ...custom]) {
        if (!counts(setting)) continue;
        withinPillar[setting.pillar] = (withinPillar[setting.pillar] ?? 0) + setting.weight;
    }
    let pillarTotal = 0;
    for (const id of PILLAR_IDS) if (withinPillar[id] > 0) pillarTotal += pillarWeights[id];
    for (const id of PILLAR_IDS) {
        pillars[id] = pillarTotal > 0 && withinPillar[id] > 0 ? pillarWeights[id] / pillarTotal : 0;
    }
    const shareOf = (setting) => {
        if (!counts(setting)) return 0;
        return pillars[setting.pillar] * (setting.weight / withinPillar[setting.pillar]);
    };
    for (const id of SIGNAL_IDS) signals[id] = shareOf(settings[id]);
    const customSignals = custom.map((s) => (PILLAR_IDS.includes(s.pillar) ? shareOf(s) : null));
    return { signals, pillars, customSignals };
}

/**
 * Validates a draft with the engine's schema. `errors` maps each form field (see
 * `modelFieldKey` of c/trustModelMessages) to its first message; `summary` lists every problem with its field's
 * name, in the validator's order.
 */
export function checkDraft(draft) {
    const result = validateModel(draft);
    if (result.ok) return { ok: true, model: result.model, errors: {}, summary: [] };
    const errors = {};
    const summary = [];
    result.issues.forEach((issue, index) => {
        const key = modelFieldKey(issue.path);
        const message = modelIssueText(issue);
        if (errors[key] === undefined) errors[key] = message;
        const text = customIssueLine(draft, issue, message) ?? modelIssueLine(issue);
        summary.push({ key: `${index}`, path: issue.path, text });
    });
    return { ok: false, model: null, errors, summary };
}

/** A draft with one more band, 10 points above the last one (capped at 100) and no name yet. */
export function addBand(draft) {
    const bands = Array.isArray(draft?.bands) ? draft.bands : [];
    const last = bands[bands.length - 1];
    const min = typeof last?.min === 'number' && Number.isFinite(last.min) ? Math.min(100, last.min + 10) : 0;
    return updateDraft(draft, 'bands', [...bands, { name: '', min }]);
}

/** A draft without the band at `index`. */
export function removeBand(draft, index) {
    const bands = Array.isArray(draft?.bands) ? draft.bands : [];
    return updateDraft(
        draft,
        'bands',
        bands.filter((band, i) => i !== index)
    );
}

/** Model JSON exactly as `trust-ledger model pull` writes it, so a file moves freely between the two. */
export function modelToJson(model) {
    return `${JSON.stringify(model, null, 2)}\n`;
}

/**
 * A model file (from `model pull` or Export) checked before anything uses it. Returns the
 * validated model, or the reasons it was refused, each naming its field.
 */
export function parseModelFile(text) {
    let raw;
    try {
        raw = JSON.parse(text);
    } catch (error) {
        return {
            ok: false,
            model: null,
            summary: [{ key: '0', text: formatLabel(LABELS.Validation_Not_Json, error.message) }]
        };
    }
    const check = checkDraft(raw);
    return check.ok
        ? { ok: true, model: check.model, summary: [] }
        : { ok: false, model: null, summary: check.summary };
}

/** Whether two models say the same thing, ignoring their version numbers. */
export function sameDefinition(a, b) {
    if (!a || !b) return false;
    return JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
}

/**
 * Choices for a list mapping: the org's picklist values, then any value the model already
 * uses that the org's picklist lacks (marked, so it can be seen and removed, never silently
 * dropped).
 */
export function listOptions(picklistValues, selected) {
    const options = (picklistValues ?? []).map((v) => ({ label: v.label, value: v.value }));
    const known = new Set(options.map((o) => o.value));
    for (const value of selected ?? []) {
        if (!known.has(value)) {
            options.push({ label: formatLabel(LABELS.Setup_Not_In_Org, value), value });
            known.add(value);
        }
    }
    return options;
}

/**
 * Opportunity fields that look up a Contract (a renewal's renewed contract, e.g. a CPQ
 * field), read from `getObjectInfo`, for the renewal-contract mapping.
 */
export function contractLookupFields(objectInfo) {
    const fields = Object.values(objectInfo?.fields ?? {});
    return fields
        .filter((f) => (f.referenceToInfos ?? []).some((r) => r.apiName === 'Contract'))
        .map((f) => ({ label: `${f.label} (${f.apiName})`, value: f.apiName }))
        .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/**
 * Puts each field's message on its input (`data-path` names the field) so the base
 * component shows it under the field, marks it invalid and announces it; clears fixed ones.
 */
export function reportFieldErrors(inputs, errors) {
    for (const input of inputs) {
        const message = errors?.[input.dataset.path] ?? '';
        if (typeof input.setCustomValidity !== 'function') continue;
        input.setCustomValidity(message);
        input.reportValidity();
    }
}
