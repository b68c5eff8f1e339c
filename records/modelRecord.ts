/**
 * `Trust_Model__c` records read over UI API GraphQL: the validated model definition, its
 * stored baselines, and the version bookkeeping the setup page needs. The engine and the
 * CLI use the highest active version when two are active, and so does this.
 */
import { DEFAULT_BASELINES, normaliseBaselines, type OrgBaselines } from '../engine/baselines';
import { defaultModel, validateModel, type ModelIssue, type TrustModel } from '../engine/model';
import { validateModelSet, type ModelSetValidation } from '../engine/modelSet';
import { NodeReader, nodesOf, type GraphqlConnection, type GraphqlNode } from './graphqlValues';
import { modelSlot, storedModelSlot, versionsInForce } from './modelSlot';

export interface ModelVersion {
    /** Record id; null for the built-in default (no Trust_Model__c yet). */
    recordId: string | null;
    name: string;
    version: number;
    active: boolean;
    notes: string | null;
    /** ISO datetime the version was saved, when the query selected it. */
    createdDate: string | null;
    /** The raw `Definition__c` text, for export and for showing an invalid stored model. */
    definitionText: string | null;
    /** The parsed model, or null when `Definition__c` does not validate. */
    model: TrustModel | null;
    /** Why `model` is null: the validator's messages, naming each setting. */
    issues: ModelIssue[];
    baselines: OrgBaselines;
    /** Whether `baselines` come from a batch run (false = the shipped defaults). */
    hasStoredBaselines: boolean;
    /** `Baselines__c` as stored, when the query selected it: a new version copies it as it is. */
    baselinesText: string | null;
    /** `Priority__c`, when the query selected it: models per segment are tried lowest first. */
    priority: number | null;
    /** Which model this is a version of ({@link modelSlot}): the default, or a segment's by name. */
    slot: string;
}

function parseDefinition(text: string | null): { model: TrustModel | null; issues: ModelIssue[] } {
    if (text === null || text.trim() === '') {
        return {
            model: null,
            issues: [{ path: 'Definition__c', code: 'definitionEmpty', params: {}, message: 'is empty' }]
        };
    }
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch (error) {
        const detail = (error as Error).message;
        return {
            model: null,
            issues: [
                {
                    path: 'Definition__c',
                    code: 'notJson',
                    params: { detail },
                    message: `is not valid JSON (${detail})`
                }
            ]
        };
    }
    const result = validateModel(json);
    return result.ok ? { model: result.model, issues: [] } : { model: null, issues: result.issues };
}

/** Stored `Baselines__c` text as baselines, or null when there is none or it is not JSON. */
export function parseStoredBaselines(text: string | null): OrgBaselines | null {
    if (text === null || text.trim() === '') return null;
    try {
        return normaliseBaselines(JSON.parse(text));
    } catch {
        return null;
    }
}

export function modelVersionFromNode(node: GraphqlNode): ModelVersion {
    const r = new NodeReader('Trust_Model__c', node);
    const definitionText = r.text('Definition__c');
    const parsed = parseDefinition(definitionText);
    const baselinesText = node.Baselines__c === undefined ? null : r.text('Baselines__c');
    const stored = parseStoredBaselines(baselinesText);
    const version = r.num('Version__c');
    const name = r.text('Name') ?? parsed.model?.name ?? '';
    return {
        recordId: r.id,
        name,
        version: version ?? parsed.model?.version ?? 0,
        active: node.Active__c === undefined ? true : r.bool('Active__c'),
        notes: node.Notes__c === undefined ? null : r.text('Notes__c'),
        createdDate: node.CreatedDate === undefined ? null : r.text('CreatedDate'),
        definitionText,
        model: parsed.model,
        issues: parsed.issues,
        baselines: stored ?? { ...DEFAULT_BASELINES },
        hasStoredBaselines: stored !== null,
        baselinesText,
        priority: node.Priority__c === undefined ? null : r.num('Priority__c'),
        // An unreadable definition counts as the default's, as the save's rule has it.
        slot: parsed.model ? modelSlot(parsed.model) : storedModelSlot(name, definitionText)
    };
}

/** The built-in default model, as the CLI uses it when an org has no active Trust_Model__c. */
export function defaultModelVersion(): ModelVersion {
    const model = defaultModel();
    return {
        recordId: null,
        name: model.name,
        version: model.version,
        active: true,
        notes: null,
        createdDate: null,
        definitionText: JSON.stringify(model, null, 2),
        model,
        issues: [],
        baselines: { ...DEFAULT_BASELINES },
        hasStoredBaselines: false,
        baselinesText: null,
        priority: null,
        slot: modelSlot(model)
    };
}

/** Every version of a `Trust_Model__c` connection, highest version first. */
export function modelVersions(connection: GraphqlConnection | null | undefined): ModelVersion[] {
    return nodesOf(connection)
        .map(modelVersionFromNode)
        .sort((a, b) => b.version - a.version);
}

/**
 * The model scores use: the highest active version, or the built-in default when there is
 * none. An active version whose definition does not validate is returned as it is (with its
 * issues) so callers can say so rather than silently fall back.
 */
export function activeModelVersion(connection: GraphqlConnection | null | undefined): ModelVersion {
    const active = modelVersions(connection).filter((v) => v.active);
    return active[0] ?? defaultModelVersion();
}

/**
 * The versions in force, in the order accounts try them (models per segment; see
 * `versionsInForce`): one per model, the newest, by priority. The built-in default when the
 * org has no active version. Invalid stored versions are kept (model null, with issues).
 */
export function activeModelVersions(connection: GraphqlConnection | null | undefined): ModelVersion[] {
    const inForce = versionsInForce(
        modelVersions(connection).filter((v) => v.active),
        (v) => ({ slot: v.slot, version: v.version, priority: v.priority })
    );
    return inForce.length > 0 ? inForce : [defaultModelVersion()];
}

/**
 * The model set the versions in force make (`chooseModel` picks an account's model from it),
 * or the set's issues (two defaults, no default). Versions whose definition does not
 * validate are left out: their accounts fall to the default model.
 */
export function modelSetOfVersions(versions: readonly ModelVersion[]): ModelSetValidation {
    const valid = versions.filter((v): v is ModelVersion & { model: TrustModel } => v.model !== null);
    return validateModelSet(
        valid.map((v) => v.model),
        valid.map((v) => `${v.name} v${v.version}`)
    );
}
