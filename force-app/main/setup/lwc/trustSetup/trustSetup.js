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
import { defaultModel, defaultModelVersion, modelVersions, nodesOf, readStoredBacktest } from 'c/trustEngine';
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
 * the org's picklists (`lightning/uiObjectInfoApi`), keeps the draft model, validates it with
 * the engine's schema on every edit, and saves it as a new active version (create, then
 * deactivate the previous one), never editing an old version. Users without the
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
        const actives = this.versions.filter((v) => v.active);
        this.activeCount = actives.length;
        this.active = actives[0] ?? defaultModelVersion();
        this.baseModel = this.active.model ?? defaultModel();
        const activeNode = nodesOf(connection).find((node) => node.Id === this.active.recordId);
        this.activeBacktest = readStoredBacktest(activeNode?.Backtest__c?.value ?? null);
        if (!this.loaded || this.resetAfterRefresh) {
            this.resetAfterRefresh = false;
            this.setDraft(cloneModel(this.baseModel));
        }
        this.loaded = true;
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
        const list = this.versions
            .filter((v) => v.active)
            .map((v) => v.version)
            .join(', ');
        return formatLabel(LABELS.Setup_Several_Active, list, this.active.version);
    }

    get currentVersion() {
        return this.active?.recordId ? this.active.version : null;
    }

    get validModel() {
        return this.check.ok ? this.check.model : null;
    }

    get hasChanges() {
        return !sameDefinition(this.validModel ?? this.draft, this.baseModel);
    }

    get problems() {
        return this.check.ok ? [] : this.check.summary;
    }

    get saveDisabled() {
        return !this.canManage || this.saving || !this.check.ok || !this.hasChanges;
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

    @wire(getObjectInfo, { objectApiName: ACCOUNT_OBJECT })
    accountObjectInfo;

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
        const error = this.accountObjectInfo?.error;
        return error
            ? formatLabel(LABELS.Setup_Custom_Objects_Unavailable, reduceErrors(error).join('; '))
            : null;
    }

    get customChoices() {
        return customSignalChoices({
            accountInfo: this.accountObjectInfo?.data,
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
        this.setDraft(cloneModel(this.baseModel));
    }

    handleResetDefault() {
        this.clearMessages();
        this.setDraft(defaultModel());
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
                atLeast: this.highestSaved + 1
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
        this.notes = '';
        this.resetAfterRefresh = true;
        if (result.outcome === 'partial') {
            this.partialFailure = formatLabel(
                LABELS.Setup_Save_Partial,
                result.version,
                result.stillActive.join(', ')
            );
            this.partialFailureErrors = result.errors;
        } else {
            this.successMessage = formatLabel(LABELS.Setup_Activated, model.name, result.version);
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
