/**
 * `demo-data load`: creates a CSV export's records in an org through jsforce, parents first
 * (Account → Contract → Opportunity → Case → Trust_Commitment__c / Customer_Reference__c, and
 * a parent account before the accounts below it, so ParentId is written on create),
 * with every reference pointed at the new ids. Contracts are created as drafts and activated
 * by an update. Re-running adds nothing: the id map (checked against the org) says what is
 * already there, and a run stopped by the API limit or a crash carries on where it stopped.
 *
 * The whole export is read and checked before the first call, so bad input writes nothing.
 */
import { ApiLimitError } from '../../../batch/org/retry';
import type { OrgApi } from '../../../batch/org/orgApi';
import { failureOf, saveAll, type LoadFailure } from './collections';
import { readExportFolder } from './exportRows';
import { selfReferenceWaves } from './hierarchyOrder';
import { IdMap } from './idMap';
import { buildPlan, LOAD_ORDER, type LoadItem, type LoadObject, type LoadPlan } from './plan';
import { CLOCK_MARGIN_MS, createSafely } from './safeCreate';
import { describeTarget, type LoadTarget } from './target';
import { verifyIdMap } from './verify';

export interface LoadOptions {
    api: OrgApi;
    folder: string;
    /** The folder read and checked by readLoadPlan (done before connecting, so bad input needs no login). */
    plan: LoadPlan;
    /** Where the id map lives (`$TRUST_LEDGER_STATE_DIR` or `.trust-ledger/`). */
    stateDir: string;
    onProgress?: (stage: string, done: number, total: number) => void;
}

export interface ObjectTally {
    inExport: number;
    created: number;
    /** Created by an earlier run and still in the org. */
    alreadyThere: number;
    failed: number;
}

export interface LoadSummary {
    instanceUrl: string;
    folder: string;
    auditFields: boolean;
    objects: Record<LoadObject, ObjectTally>;
    /** Contracts activated by this run. */
    activated: number;
    notLoadable: LoadPlan['notLoadable'];
    contactsDropped: number;
    /** Fields the export has that this org or user cannot take, per object (left out). */
    fieldsLeftOut: Partial<Record<LoadObject, string[]>>;
    notes: string[];
    failures: LoadFailure[];
    /** Mapped records that were no longer in the org and were created again. */
    stale: number;
    idMapFile: string;
    apiCalls: number;
    retries: number;
    ms: number;
    stoppedByLimit: string | null;
}

/** The record to send: createable fields only, references resolved; null when a parent is missing. */
function recordFor(
    item: LoadItem,
    target: LoadTarget,
    map: IdMap
): { record: Record<string, unknown> } | { missing: string } {
    const createable = target.createable[item.object];
    const record: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(item.fields)) {
        if (value !== null && createable.has(field)) record[field] = value;
    }
    for (const [field, ref] of Object.entries(item.refs)) {
        const id = map.get(ref.object, ref.sourceId);
        if (id === undefined) return { missing: `${field}: ${ref.object} ${ref.sourceId} was not loaded` };
        record[field] = id;
    }
    return { record };
}

function fieldsLeftOut(plan: LoadPlan, target: LoadTarget): LoadSummary['fieldsLeftOut'] {
    const out: LoadSummary['fieldsLeftOut'] = {};
    for (const object of LOAD_ORDER) {
        const given = new Set(plan.items[object].flatMap((item) => Object.keys(item.fields)));
        const left = [...given].filter((f) => !target.createable[object].has(f)).sort();
        if (left.length > 0) out[object] = left;
    }
    return out;
}

/** Reads and checks the whole export: a CsvInputError names `file:line` before the org is touched. */
export async function readLoadPlan(folder: string): Promise<LoadPlan> {
    return buildPlan(await readExportFolder(folder));
}

export async function loadDemoData(options: LoadOptions): Promise<LoadSummary> {
    const started = Date.now();
    const { api, plan } = options;
    // Read back after a lost answer: records modified since then (SOQL datetime, no millis).
    const since = new Date(started - CLOCK_MARGIN_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const map = IdMap.open(options.stateDir, api.instanceUrl);
    const objects = Object.fromEntries(
        LOAD_ORDER.map((o) => [o, { inExport: plan.items[o].length, created: 0, alreadyThere: 0, failed: 0 }])
    ) as Record<LoadObject, ObjectTally>;
    const summary: LoadSummary = {
        instanceUrl: api.instanceUrl,
        folder: options.folder,
        auditFields: false,
        objects,
        activated: 0,
        notLoadable: plan.notLoadable,
        contactsDropped: plan.contactsDropped,
        fieldsLeftOut: {},
        notes: plan.notes,
        failures: [],
        stale: 0,
        idMapFile: map.file,
        apiCalls: 0,
        retries: 0,
        ms: 0,
        stoppedByLimit: null
    };
    try {
        const target = await describeTarget(api);
        summary.auditFields = target.auditFields;
        summary.fieldsLeftOut = fieldsLeftOut(plan, target);
        const verified = await verifyIdMap(api, plan, map);
        summary.stale = verified.stale;
        map.save();
        for (const object of LOAD_ORDER) {
            objects[object].alreadyThere = verified.found[object] ?? 0;
            const toActivate = await createMissing(object, plan, target, map, summary, { ...options, since });
            if (object === 'Contract')
                await activate([...verified.toActivate, ...toActivate], map, summary, options);
        }
    } catch (error) {
        if (!(error instanceof ApiLimitError)) throw error;
        summary.stoppedByLimit = error.message;
    } finally {
        map.save();
        summary.apiCalls = api.calls;
        summary.retries = api.retries;
        summary.ms = Date.now() - started;
    }
    return summary;
}

/** Creates the object's records not yet in the org; returns the new contracts to activate. */
async function createMissing(
    object: LoadObject,
    plan: LoadPlan,
    target: LoadTarget,
    map: IdMap,
    summary: LoadSummary,
    options: LoadOptions & { since: string }
): Promise<LoadItem[]> {
    const created: LoadItem[] = [];
    // One wave unless the object's records name each other (Account.ParentId): then each
    // wave's parents have their org ids before the wave that names them is sent.
    for (const wave of selfReferenceWaves(plan.items[object]))
        created.push(...(await createWave(object, wave, target, map, summary, options)));
    return created.filter((item) => item.activate);
}

async function createWave(
    object: LoadObject,
    items: LoadItem[],
    target: LoadTarget,
    map: IdMap,
    summary: LoadSummary,
    options: LoadOptions & { since: string }
): Promise<LoadItem[]> {
    const tally = summary.objects[object];
    const sends: { item: LoadItem; record: Record<string, unknown> }[] = [];
    for (const item of items) {
        if (map.get(object, item.sourceId) !== undefined) continue;
        const built = recordFor(item, target, map);
        if ('missing' in built) {
            summary.failures.push(failureOf(item, `not created: ${built.missing}`));
            tally.failed++;
        } else sends.push({ item, record: built.record });
    }
    const created: LoadItem[] = [];
    await saveAll(
        sends,
        (records) =>
            createSafely(options.api, object, records, {
                since: options.since,
                taken: () => new Set(map.entries(object).map(([, id]) => id))
            }),
        (written, failures) => {
            for (const { item, id } of written) {
                map.set(object, item.sourceId, id);
                created.push(item);
            }
            map.save();
            tally.created += written.length;
            tally.failed += failures.length;
            summary.failures.push(...failures);
            options.onProgress?.(`creating ${object}`, tally.created, sends.length);
        }
    );
    return created;
}

/** Contracts are created as drafts (the platform refuses anything else) and activated here. */
async function activate(
    items: LoadItem[],
    map: IdMap,
    summary: LoadSummary,
    options: LoadOptions
): Promise<void> {
    const sends = items.map((item) => ({
        item,
        record: { Id: map.get('Contract', item.sourceId) as string, Status: 'Activated' }
    }));
    await saveAll(
        sends,
        (records) => options.api.update('Contract', records),
        (written, failures) => {
            summary.activated += written.length;
            summary.failures.push(...failures.map((f) => ({ ...f, error: `not activated: ${f.error}` })));
        }
    );
}
