/**
 * Starts the local org in this process: locks its store folder, opens (or creates) its SQLite
 * store, optionally imports an export folder, and serves the REST API on 127.0.0.1. The CLI's
 * `npm start` runs a jsforce pipeline against it and closes it; `local-org start` keeps it
 * running.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { todayUtc } from '../../engine/dates';
import { lockFolder, type FolderLock } from '../../batch/files';
import { OBJECTS_DIR, type ObjectCatalog } from '../metadata';
import { BulkIngestJobs } from './bulkIngest';
import { BulkQueryJobs } from './bulkQuery';
import type { Org } from './context';
import { FaultInjector } from './faults';
import { ensureIdentity, organizationId } from './identity';
import { jwtTrustFrom } from './jwtBearer';
import { saveExtraObjects, storedExtraObjects } from './extraObjectRecord';
import { extraObjectsOf } from './extraObjects';
import { importExportFolder, type ImportSummary } from './importExport';
import { folderFingerprint, lastImport, saveImport, unchangedSince } from './importRecord';
import { PlatformRules } from './platformRules';
import { localCatalog, loadLocalSchema } from './schema';
import { LocalOrgServer, LOOPBACK } from './server';
import { DEFAULT_SHORT_PAGE_RATE, ShortPages } from './shortPages';
import { QueryEngine } from './soql';
import { MEMORY, Store } from './store';
import { DEFAULT_DATA_DIR } from './storeFolder';
import { RecordWriter } from './writes';

export { DEFAULT_DATA_DIR } from './storeFolder';

export interface LocalOrgOptions {
    /** 0 (default) picks a free port. */
    port?: number;
    /** Folder of the database; default `.localorg/` in the working directory; `:memory:` keeps nothing. */
    dataDir?: string;
    /**
     * An export folder to load before serving; its files replace their objects' records. When
     * the store was last imported from this same folder and its files have not changed, the
     * stored records are served as they are (with what was written since) unless `reimport`.
     */
    importFrom?: string;
    /** Import `importFrom` even when it is unchanged since the store's last import. */
    reimport?: boolean;
    /** Share of requests that see a fault, 0 (default) to 1. */
    faultRate?: number;
    /** Seed of the fault plan and of short pages; the same seed and request sequence give the same faults. */
    seed?: number;
    /** Bearer token clients must send; default a fresh random one. */
    accessToken?: string;
    /** DailyApiRequests Max; default 100,000. */
    apiLimit?: number;
    /**
     * Share of query pages served with fewer rows than the batch size (0 to 1), as an org may
     * serve them; default 0.1, seeded by `seed`. 0 fills every page.
     */
    shortPageRate?: number;
    /** Child records returned inline per parent before a child `nextRecordsUrl`; default 200. */
    childBatchSize?: number;
    /** The org's clock (audit fields, date literals); default the real one. */
    now?: () => Date;
    /**
     * The API user has "Set Audit Fields upon Record Creation": CreatedDate (and Case
     * ClosedDate) may be set on insert. Default false, as for most users of a real org.
     */
    auditFields?: boolean;
    /**
     * A connected app's certificate or public key (PEM): JWT bearer logins signed by its private
     * key, for the org's user, get the access token at `/services/oauth2/token`.
     */
    jwtCertificate?: string;
    /** The connected app's consumer key the JWT must name as issuer; default any. */
    jwtClientId?: string;
    /** Object metadata the tables are made from; default this repository's `force-app`. */
    objectsDir?: string;
    /** Called when an import begins (not when an unchanged folder is served as stored). */
    onImportStart?: (folder: string) => void;
    /** Import progress. */
    onImportProgress?: (file: string, rows: number) => void;
    /** Where unexpected server failures are reported; default stderr. */
    log?: (line: string) => void;
}

export interface LocalOrg {
    instanceUrl: string;
    accessToken: string;
    /** The org's user (the one its token and JWT logins belong to). */
    username: string;
    /** API calls served since start (what `/limits` DailyApiRequests counts). */
    apiCalls(): number;
    /** Stops serving, aborts running Bulk ingest jobs, closes the store. */
    close(): Promise<void>;
    /** The database file (`:memory:` when nothing is kept). */
    dataFile: string;
    /** What `importFrom` loaded, when it was imported by this start. */
    imported: ImportSummary | undefined;
    /** What the org serves: its store and the export folder its records were imported from. */
    served: ServedData;
    /** The pid of a dead process whose lock on the store this start took over, else null. */
    lockTakenOverFrom: number | null;
}

export interface ServedData {
    /** The store folder (`:memory:` when nothing is kept). */
    store: string;
    /** Real path of the export folder last imported into the store; null if none ever was. */
    folder: string | null;
    /** When that import happened (ISO); null if none. */
    importedAt: string | null;
    /** True when this start imported it; false when the stored records are served as they were. */
    importedNow: boolean;
}

export const DEFAULT_API_LIMIT = 100_000;

/** A token shaped like an org's session id (`<15-character org id>!…`), random per start. */
export function newAccessToken(): string {
    return `${organizationId().slice(0, 15)}!${randomBytes(32).toString('base64url')}`;
}

export async function startLocalOrg(options: LocalOrgOptions = {}): Promise<LocalOrg> {
    const now = options.now ?? (() => new Date());
    const dataDir =
        options.dataDir === MEMORY
            ? MEMORY
            : path.resolve(options.dataDir ?? path.join(process.cwd(), DEFAULT_DATA_DIR));
    // One process per store: two would overwrite each other's records and id sequences.
    let lock: FolderLock | null = null;
    if (dataDir !== MEMORY) {
        mkdirSync(dataDir, { recursive: true });
        lock = lockFolder(dataDir, LOCK_FILE);
    }
    let store: Store;
    let extra: ObjectCatalog;
    try {
        const objectsDir = options.objectsDir ?? OBJECTS_DIR;
        // The objects an export folder adds are part of the schema the tables are made from.
        extra =
            options.importFrom === undefined
                ? storedExtraObjects(dataDir)
                : await extraObjectsOf(options.importFrom, localCatalog(objectsDir));
        const schema = loadLocalSchema(objectsDir, extra);
        store = new Store({ schema, dataDir });
    } catch (error) {
        lock?.release();
        throw error;
    }
    const schema = store.schema;
    try {
        const { imported, served } = await importIfChanged(store, dataDir, options, now(), extra);
        const identity = ensureIdentity(store, now());
        const engine = new QueryEngine(store, {
            today: () => todayUtc(now()),
            shortPages: new ShortPages(options.shortPageRate ?? DEFAULT_SHORT_PAGE_RATE, options.seed ?? 1),
            ...(options.childBatchSize === undefined ? {} : { childBatchSize: options.childBatchSize })
        });
        const writer = new RecordWriter(
            store,
            new PlatformRules({ auditFields: options.auditFields ?? false })
        );
        const counter = { calls: 0 };
        const org: Org = {
            store,
            engine,
            writer,
            bulkQuery: new BulkQueryJobs(engine, store.userId, now),
            bulkIngest: new BulkIngestJobs(schema, writer, store.userId, now),
            apiLimit: options.apiLimit ?? DEFAULT_API_LIMIT,
            apiCalls: () => counter.calls,
            now
        };
        const rate = options.faultRate ?? 0;
        const accessToken = options.accessToken ?? newAccessToken();
        const server = new LocalOrgServer({
            org,
            accessToken,
            faults: rate > 0 ? new FaultInjector(rate, options.seed ?? 1) : null,
            counter,
            identity,
            jwtTrust:
                options.jwtCertificate === undefined
                    ? null
                    : jwtTrustFrom(options.jwtCertificate, options.jwtClientId ?? null),
            log: options.log ?? ((line) => process.stderr.write(`${line}\n`))
        });
        const port = await server.listen(options.port ?? 0);
        let closed: Promise<void> | undefined;
        return {
            instanceUrl: `http://${LOOPBACK}:${port}`,
            accessToken,
            username: identity.username,
            apiCalls: () => counter.calls,
            dataFile: store.file,
            imported,
            served,
            lockTakenOverFrom: lock?.tookOverFrom ?? null,
            close: () =>
                (closed ??= (async () => {
                    try {
                        await server.close();
                        await org.bulkIngest.stop();
                        store.close();
                    } finally {
                        lock?.release();
                    }
                })())
        };
    } catch (error) {
        store.close();
        lock?.release();
        throw error;
    }
}

/** The lock file in the store folder while a local org serves it. */
export const LOCK_FILE = 'org.lock';

async function importIfChanged(
    store: Store,
    dataDir: string,
    options: LocalOrgOptions,
    now: Date,
    extra: ObjectCatalog
): Promise<{ imported: ImportSummary | undefined; served: ServedData }> {
    const previous = lastImport(store);
    const folder = options.importFrom;
    const kept = (): ServedData => ({
        store: dataDir,
        folder: previous?.folder ?? null,
        importedAt: previous?.importedAt ?? null,
        importedNow: false
    });
    if (folder === undefined) return { imported: undefined, served: kept() };
    const fingerprint = folderFingerprint(folder);
    if (options.reimport !== true && unchangedSince(previous, folder, fingerprint))
        return { imported: undefined, served: kept() };
    options.onImportStart?.(folder);
    const imported = await importExportFolder(store, folder, {
        now,
        extraObjects: new Set(Object.keys(extra)),
        ...(options.onImportProgress === undefined ? {} : { onProgress: options.onImportProgress })
    });
    const record = {
        folder: realpathSync(folder),
        fingerprint,
        importedAt: now.toISOString(),
        objects: imported.objects
    };
    saveImport(store, record);
    saveExtraObjects(store, extra);
    return {
        imported,
        served: { store: dataDir, folder: record.folder, importedAt: record.importedAt, importedNow: true }
    };
}
