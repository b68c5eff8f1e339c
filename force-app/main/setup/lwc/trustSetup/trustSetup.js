import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getObjectInfo, getObjectInfos, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import canManageModel from '@salesforce/customPermission/Manage_Trust_Model';
import ACCOUNT_OBJECT from '@salesforce/schema/Account';
import OPPORTUNITY_OBJECT from '@salesforce/schema/Opportunity';
import CASE_OBJECT from '@salesforce/schema/Case';
import OPPORTUNITY_TYPE_FIELD from '@salesforce/schema/Opportunity.Type';
import CASE_TYPE_FIELD from '@salesforce/schema/Case.Type';
import CASE_REASON_FIELD from '@salesforce/schema/Case.Reason';
import CASE_STATUS_FIELD from '@salesforce/schema/Case.Status';
import CASE_PRIORITY_FIELD from '@salesforce/schema/Case.Priority';
import {
    activeModelVersions,
    defaultModel,
    defaultModelVersion,
    modelSlot,
    modelVersions,
    newSegmentModel,
    nodesOf,
    objectFieldNames,
    readStoredBacktest
} from 'c/trustEngine';
import { MODEL_VERSIONS_QUERY } from 'c/trustSetupQueries';
import { LABELS, formatLabel, modelIssuesSummary } from 'c/trustSetupLabels';
import {
    checkDraft,
    cloneModel,
    contractLookupFields,
    parseModelFile,
    sameDefinition,
    updateDraft,
    weightShares
} from 'c/trustModelDraft';
import { customSignalChoices, missingObjects } from './customSignalChoices';
import { reduceErrors } from 'c/ldsUtils';
import { saveNewVersion } from './saveVersion';
import {
    DEFAULT_SLOT,
    checkSet,
    previewOf,
    setAllowsSave,
    setNotes,
    setProblemLines,
    slotHistory,
    versionOfSlot,
    withFieldIssues
} from './modelChoice';

/** The master record type's id, the same in every org. */
const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

/** One field's choices from a `getPicklistValuesByRecordType` answer (none when the field is not there). */
const picklistChoices = (data, field) =>
    (data?.picklistFieldValues?.[field.fieldApiName]?.values ?? []).map((v) => ({
        label: v.label,
        value: v.value
    }));

/**
 * Container: the Trust Ledger Setup page. Loads every `Trust_Model__c` version (GraphQL) and
 * the org's picklists and Account fields (`lightning/uiObjectInfoApi`), keeps the draft of
 * one model in force (the default, or a segment's: models per segment), validates it with
 * the engine's schema and, among the other models in force, as a set on every edit, and
 * saves it as a new active version of that model (create, then deactivate the previous one
 * of the same model, leaving the others in force), never editing an old version. Users without the
 * `Manage_Trust_Model` custom permission see the active model read-only, with the reason.
 * The editing itself happens in presentational parts; the preview in `c-trust-what-if`.
 */
export default class TrustSetup extends LightningElement {
    label = LABELS;
    canManage = Boolean(canManageModel);

    loaded = false;
    loadErrors;
    versions = [];
    active;
    activeCount = 0;
    baseModel;
    /** Models per segment: the versions in force, the one edited and the draft's priority. */
    inForce = [];
    editingSlot = DEFAULT_SLOT;
    priority = null;
    /** The priority saved with the edited model's version in force. */
    basePriority = null;
    /** The draft the edited model started from (Discard goes back to it). */
    startModel;
    setCheck = null;
    /** The active version's last stored backtest, or null. */
    activeBacktest = null;

    draft;
    check = { ok: false, errors: {}, summary: [] };
    shares = { signals: {}, pillars: {} };
    notes = '';

    saving = false;
    saveFailure;
    saveFailureErrors;
    partialFailure;
    partialFailureErrors;
    successMessage;
    infoMessage;
    importProblems;

    versionsResult;
    resetAfterRefresh = false;
    /** The highest version this page saved, until the refreshed list includes it. */
    highestSaved = 0;

    @wire(graphql, { query: MODEL_VERSIONS_QUERY })
    wiredVersions(result) {
        this.versionsResult = result;
        const { data, errors } = result ?? {};
        if (errors) {
            this.loadErrors = errors;
            return;
        }
        const connection = data?.uiapi?.query?.Trust_Model__c;
        if (connection === undefined) return;
        this.loadErrors = undefined;
        this.versions = modelVersions(connection);
        this.inForce = activeModelVersions(connection);
        this.connection = connection;
        const reset = !this.loaded || this.resetAfterRefresh;
        this.resetAfterRefresh = false;
        // A segment model no longer in force (another admin's save) hands the page back to the default.
        const slot = this.editingSlot;
        const gone = slot !== null && slot !== DEFAULT_SLOT && !versionOfSlot(this.inForce, slot);
        if (reset || gone) this.editModel(gone ? DEFAULT_SLOT : (slot ?? DEFAULT_SLOT));
        else {
            this.readSlot();
            this.checkDraftSet();
        }
        this.loaded = true;
    }

    // ── Models per segment: which model is edited, its segment and priority, the set it makes ──

    /** The version in force of the edited model (the default's for a new segment model). */
    readSlot() {
        const slot = this.editingSlot ?? DEFAULT_SLOT;
        // An org whose models in force all have segments edits a new default (the built-in one).
        this.active =
            versionOfSlot(this.inForce, slot) ??
            versionOfSlot(this.inForce, DEFAULT_SLOT) ??
            defaultModelVersion();
        this.activeCount = this.versions.filter((v) => v.active && v.slot === slot).length;
        this.baseModel = this.active.model ?? defaultModel();
        const activeNode = nodesOf(this.connection).find((node) => node.Id === this.active.recordId);
        this.activeBacktest = readStoredBacktest(activeNode?.Backtest__c?.value ?? null);
    }

    /** Edits the model in force of `slot`: its saved definition and priority become the draft's. */
    editModel(slot) {
        this.editingSlot = slot;
        this.readSlot();
        this.priority = this.active.priority ?? null;
        this.basePriority = this.priority;
        this.startModel = cloneModel(this.baseModel);
        this.setDraft(cloneModel(this.baseModel));
    }

    /**
     * Account's object info: its fields (the segment's field, `segmentFieldNotOnAccount`) and
     * its child relationships (the objects a custom signal can read).
     */
    accountInfo = {};

    @wire(getObjectInfo, { objectApiName: ACCOUNT_OBJECT })
    wiredAccountInfo(result) {
        this.accountInfo = result;
        this.checkDraftSet();
    }

    @wire(getPicklistValuesByRecordType, {
        objectApiName: ACCOUNT_OBJECT,
        recordTypeId: MASTER_RECORD_TYPE_ID
    })
    accountPicklists;

    get accountPicklistValues() {
        return this.accountPicklists?.data;
    }

    get accountFieldsError() {
        return this.accountInfo?.error ? reduceErrors(this.accountInfo.error).join('; ') : null;
    }

    get isNewSegment() {
        return this.editingSlot === null;
    }

    /** The problems and overlaps the models list shows (`setNotes`). */
    get setNotes() {
        return setNotes(this.inForce, this.setCheck);
    }

    /** A segment model is tried before the default, which must be saved in the org first. */
    get canStartSegment() {
        return this.canManage && Boolean(versionOfSlot(this.inForce, DEFAULT_SLOT)?.recordId);
    }

    /** The versions of the edited model only. */
    get slotVersions() {
        return slotHistory(this.versions, this.editingSlot);
    }

    /** What the what-if previews (`previewOf`): the draft once it fits among the others, and on which accounts. */
    get preview() {
        return previewOf(this.setCheck, this.validModel);
    }

    checkDraftSet() {
        this.setCheck = checkSet({
            inForce: this.inForce,
            editedSlot: this.editingSlot,
            draft: this.validModel,
            priority: this.priority,
            accountFields: objectFieldNames(this.accountInfo?.data)
        });
    }

    /** One key per edited model, so the what-if of one model never shows another's result. */
    get previewKeys() {
        return [this.editingSlot ?? 'new segment model'];
    }

    get draftErrors() {
        return withFieldIssues(this.check.errors, this.setCheck);
    }

    handlePickModel(event) {
        if (!this.canManage || this.saving) return;
        this.clearMessages();
        this.notes = '';
        this.editModel(event.detail.slot);
    }

    handleNewSegment(event) {
        if (!this.canStartSegment || this.saving) return;
        this.clearMessages();
        this.notes = '';
        this.editingSlot = null;
        this.readSlot();
        this.priority = null;
        this.basePriority = null;
        // Field and values are chosen in the segment editor: until then the draft says what is missing.
        const draft = newSegmentModel(this.baseModel, event.detail.name, { field: '', values: [] });
        this.startModel = cloneModel(draft);
        this.setDraft(draft);
    }

    handlePriorityChange(event) {
        if (this.readOnly) return;
        this.priority = event.detail.value;
        this.checkDraftSet();
    }

    /** The stored backtest's horizon, which the what-if's predictive check goes back; null without one. */
    get checkHorizonDays() {
        return this.activeBacktest?.horizonDays || null;
    }

    /** Opportunity's fields, for the lookups to Contract a renewal can name. */
    @wire(getObjectInfo, { objectApiName: OPPORTUNITY_OBJECT })
    opportunityInfo;

    // Picklist choices come from the master record type, which lists every active value of a
    // field whichever record types offer it (the default record type's list would hide values
    // other record types use, and the model then shows them as "(not in this org)"). A value
    // the model names that is not active in the org at all is still shown as "(not in this org)".
    @wire(getPicklistValuesByRecordType, {
        objectApiName: OPPORTUNITY_OBJECT,
        recordTypeId: MASTER_RECORD_TYPE_ID
    })
    opportunityPicklists;

    @wire(getPicklistValuesByRecordType, { objectApiName: CASE_OBJECT, recordTypeId: MASTER_RECORD_TYPE_ID })
    casePicklists;

    get picklistWires() {
        return [this.opportunityInfo, this.opportunityPicklists, this.casePicklists];
    }

    get picklistError() {
        const failed = this.picklistWires.filter((w) => w?.error);
        return failed.length > 0 ? reduceErrors(failed.map((w) => w.error)).join('; ') : null;
    }

    get picklists() {
        if (!this.picklistWires.every((w) => w?.data)) return null;
        const opportunity = this.opportunityPicklists.data;
        const kase = this.casePicklists.data;
        return {
            opportunityTypes: picklistChoices(opportunity, OPPORTUNITY_TYPE_FIELD),
            caseTypes: picklistChoices(kase, CASE_TYPE_FIELD),
            caseReasons: picklistChoices(kase, CASE_REASON_FIELD),
            caseStatuses: picklistChoices(kase, CASE_STATUS_FIELD),
            casePriorities: picklistChoices(kase, CASE_PRIORITY_FIELD),
            contractFields: contractLookupFields(this.opportunityInfo.data)
        };
    }

    get isLoading() {
        return !this.loaded && !this.loadErrors;
    }

    get cannotManage() {
        return !this.canManage;
    }

    get readOnly() {
        return !this.canManage || this.saving;
    }

    get activeText() {
        if (!this.active) return '';
        if (this.isNewSegment) return formatLabel(LABELS.Setup_Editing_New_Segment, this.draft?.name ?? '');
        return this.active.recordId === null
            ? LABELS.Setup_Default_In_Use
            : formatLabel(LABELS.Setup_Active_Version, this.active.name, this.active.version);
    }

    get activeInvalidText() {
        if (!this.active || this.active.model !== null) return null;
        return formatLabel(
            LABELS.Setup_Active_Invalid,
            this.active.version,
            modelIssuesSummary(this.active.issues)
        );
    }

    get severalActiveText() {
        if (this.activeCount < 2) return null;
        const list = this.slotVersions
            .filter((v) => v.active)
            .map((v) => v.version)
            .join(', ');
        return formatLabel(LABELS.Setup_Several_Active, list, this.active.version);
    }

    get currentVersion() {
        return this.active?.recordId && !this.isNewSegment ? this.active.version : null;
    }

    get validModel() {
        return this.check.ok ? this.check.model : null;
    }

    get hasChanges() {
        return (
            this.isNewSegment ||
            !sameDefinition(this.validModel ?? this.draft, this.baseModel) ||
            this.priority !== this.basePriority
        );
    }

    get problems() {
        return this.check.ok ? setProblemLines(this.setCheck) : this.check.summary;
    }

    get saveDisabled() {
        return (
            !this.canManage ||
            this.saving ||
            !this.check.ok ||
            !setAllowsSave(this.setCheck) ||
            !this.hasChanges
        );
    }

    get saveHint() {
        // An invalid draft's problems are listed above the button already.
        return this.check.ok && !this.hasChanges ? LABELS.Setup_Nothing_Changed : null;
    }

    get exportModel() {
        return this.validModel ?? this.baseModel;
    }

    get draftName() {
        return this.draft?.name;
    }

    get draftDescription() {
        return this.draft?.description;
    }

    get nameError() {
        return this.check.errors.name;
    }

    setDraft(draft) {
        this.draft = draft;
        this.followCustomObjects();
        this.check = checkDraft(draft);
        this.shares = weightShares(draft);
        this.checkDraftSet();
    }

    renderedCallback() {
        const name = this.template.querySelector('[data-path="name"]');
        if (name && typeof name.setCustomValidity === 'function') {
            name.setCustomValidity(this.check.errors.name ?? '');
            name.reportValidity();
        }
    }

    handleDraftChange(event) {
        if (this.readOnly) return;
        const { path, value } = event.detail;
        this.setDraft(updateDraft(this.draft, path, value));
    }

    // --- Custom signals: the objects with a lookup to Account, their fields and picklists ---
    // (`lightning/uiObjectInfoApi`), for the signal being edited; see customSignalChoices.js.

    /** Position of the custom signal whose settings are shown, or null. */
    customSignalIndex = null;
    /** The objects the draft's custom signals read, as one stable list (undefined: none, so no request). */
    customObjectNames;
    /** The edited custom signal's object, whose picklist values the filters offer (c-trust-object-picklists reads them). */
    customPicklistObject;
    /** Its last `getPicklistValuesByRecordType` answer, with the object it is for. */
    customPicklists;

    @wire(getObjectInfos, { objectApiNames: '$customObjectNames' })
    customObjectInfos;

    /** Points the wires at the draft's objects; a list that did not change is kept, so nothing is asked again. */
    followCustomObjects() {
        const signals = Array.isArray(this.draft?.customSignals) ? this.draft.customSignals : [];
        const names = [
            ...new Set(signals.map((s) => s?.object).filter((o) => typeof o === 'string' && o !== ''))
        ];
        if (names.join(',') !== (this.customObjectNames ?? []).join(','))
            this.customObjectNames = names.length > 0 ? names : undefined;
        if (this.customSignalIndex !== null && !signals[this.customSignalIndex])
            this.customSignalIndex = null;
        const object = signals[this.customSignalIndex]?.object;
        this.customPicklistObject = typeof object === 'string' && object !== '' ? object : undefined;
    }

    get customChoicesError() {
        const error = this.accountInfo?.error;
        return error
            ? formatLabel(LABELS.Setup_Custom_Objects_Unavailable, reduceErrors(error).join('; '))
            : null;
    }

    get customChoices() {
        return customSignalChoices({
            accountInfo: this.accountInfo?.data,
            names: this.customObjectNames ?? [],
            objectInfos: this.customObjectInfos?.data,
            // An answer for the object edited before is not this one's.
            picklists:
                this.customPicklists?.object === this.customPicklistObject
                    ? this.customPicklists?.data
                    : undefined,
            selected: this.draft?.customSignals?.[this.customSignalIndex]
        });
    }

    get customMissingObjects() {
        return missingObjects(this.customObjectNames ?? [], this.customObjectInfos?.data);
    }

    handleCustomPicklists(event) {
        this.customPicklists = event.detail;
    }

    handleCustomSignalSelect(event) {
        this.customSignalIndex = event.detail.index;
        this.followCustomObjects();
    }

    handleNameChange(event) {
        this.handleDraftChange({ detail: { path: 'name', value: event.detail.value } });
    }

    handleDescriptionChange(event) {
        const value = event.detail.value;
        this.handleDraftChange({
            detail: { path: 'description', value: value && value.trim() !== '' ? value : undefined }
        });
    }

    handleNotesChange(event) {
        this.notes = event.detail.value;
    }

    handleDiscard() {
        this.clearMessages();
        this.notes = '';
        this.priority = this.basePriority;
        this.setDraft(cloneModel(this.startModel ?? this.baseModel));
    }

    handleResetDefault() {
        this.clearMessages();
        // A segment model keeps its name and segment: only its settings go back to the shipped ones.
        const segment = this.draft?.segment;
        this.setDraft(segment ? { ...defaultModel(), name: this.draft.name, segment } : defaultModel());
    }

    handleRollBack(event) {
        const version = this.versions.find((v) => v.recordId === event.detail.recordId);
        if (!version?.model || !this.canManage) return;
        this.clearMessages();
        this.setDraft(cloneModel(version.model));
        this.notes = formatLabel(LABELS.Setup_Rolled_Back_Note, version.version);
        this.infoMessage = formatLabel(LABELS.Setup_Roll_Back_Loaded, version.version);
    }

    handleModelFile(event) {
        if (!this.canManage) return;
        const { name, text } = event.detail;
        this.clearMessages();
        const parsed = parseModelFile(text);
        if (!parsed.ok) {
            this.importProblems = {
                title: formatLabel(LABELS.Setup_Import_Invalid, name),
                lines: parsed.summary
            };
            return;
        }
        this.setDraft(cloneModel(parsed.model));
        this.infoMessage = formatLabel(LABELS.Setup_Import_Loaded, name);
    }

    handleModelFileError(event) {
        const { name, error } = event.detail;
        this.clearMessages();
        this.importProblems = {
            title: formatLabel(LABELS.Setup_Import_Unreadable, name),
            lines: reduceErrors(error).map((text, index) => ({ key: `${index}`, text }))
        };
    }

    clearMessages() {
        this.saveFailure = undefined;
        this.saveFailureErrors = undefined;
        this.partialFailure = undefined;
        this.partialFailureErrors = undefined;
        this.successMessage = undefined;
        this.infoMessage = undefined;
        this.importProblems = undefined;
    }

    /** The org's versions read again (another admin may have saved since the page loaded). */
    async readVersions() {
        if (typeof this.versionsResult?.refresh === 'function') await this.versionsResult.refresh();
        return this.versions;
    }

    /**
     * Saves the draft as a new active version (see `saveVersion.js`: the active version's
     * baselines go with it, as with `model push`) and says what happened:
     * nothing changed, both versions active and how to finish, or the new version is active.
     */
    async handleSave() {
        if (this.saveDisabled) return;
        this.clearMessages();
        const model = this.check.model;
        this.saving = true;
        let result;
        try {
            result = await saveNewVersion(() => this.readVersions(), {
                model,
                versions: this.versions,
                notes: this.notes,
                atLeast: this.highestSaved + 1,
                priority: this.priority
            });
        } catch (error) {
            result = { outcome: 'failed', error };
        } finally {
            // Whatever happened, the page must not stay stuck on "saving".
            this.saving = false;
        }
        if (result.outcome === 'failed') {
            this.saveFailure = formatLabel(LABELS.Setup_Save_Failed, reduceErrors(result.error).join('; '));
            this.saveFailureErrors = result.error;
            return;
        }
        // Until the refreshed list arrives, the saved model is what scores use: Save stays
        // disabled and a second save gets the next number, never this one again.
        this.highestSaved = result.version;
        this.baseModel = { ...model, version: result.version };
        this.startModel = cloneModel(this.baseModel);
        this.basePriority = this.priority;
        this.notes = '';
        this.resetAfterRefresh = true;
        // The refreshed list shows the saved model in its slot (a new segment model's first one).
        this.editingSlot = modelSlot(model);
        if (result.outcome === 'partial') {
            this.partialFailure = formatLabel(
                LABELS.Setup_Save_Partial,
                result.version,
                result.stillActive.join(', ')
            );
            this.partialFailureErrors = result.errors;
        } else {
            this.successMessage = formatLabel(
                model.segment ? LABELS.Setup_Segment_Activated : LABELS.Setup_Activated,
                model.name,
                result.version
            );
            this.dispatchEvent(new ShowToastEvent({ title: this.successMessage, variant: 'success' }));
        }
        if (typeof this.versionsResult?.refresh === 'function') {
            try {
                await this.versionsResult.refresh();
            } catch (error) {
                this.loadErrors = error;
            }
        }
    }
}
