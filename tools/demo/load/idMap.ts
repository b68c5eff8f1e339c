/**
 * Which exported record became which org record, kept per org under the state folder
 * (`$TRUST_LEDGER_STATE_DIR`, default `.trust-ledger/`). It is what makes a re-run add
 * nothing: records already in the map (and still in the org, see verify.ts) are not created
 * again. It needs no field in the org's metadata, unlike an external-id upsert.
 *
 * The file is named after the org's host (its My Domain; a local org's port changes between
 * starts) and rewritten atomically after every collection call, so a crash loses at most the
 * ids of the one call in flight.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadObject } from './plan';

interface IdMapFile {
    version: 1;
    instanceUrl: string;
    objects: Partial<Record<LoadObject, Record<string, string>>>;
}

export class IdMap {
    readonly file: string;
    private readonly data: IdMapFile;

    private constructor(file: string, data: IdMapFile) {
        this.file = file;
        this.data = data;
    }

    static open(stateDir: string, instanceUrl: string): IdMap {
        let host = instanceUrl;
        try {
            host = new URL(instanceUrl).hostname;
        } catch {
            // keep the text as given
        }
        const key = createHash('sha256').update(host).digest('hex').slice(0, 12);
        const file = path.join(stateDir, `demo-load-${key}.json`);
        let data: IdMapFile = { version: 1, instanceUrl, objects: {} };
        if (existsSync(file)) {
            try {
                const parsed = JSON.parse(readFileSync(file, 'utf8')) as IdMapFile;
                if (parsed.version === 1 && typeof parsed.objects === 'object') data = parsed;
            } catch {
                // An unreadable map is treated as empty: verification against the org decides anyway.
            }
        }
        return new IdMap(file, data);
    }

    get(object: LoadObject, sourceId: string): string | undefined {
        return this.data.objects[object]?.[sourceId];
    }

    set(object: LoadObject, sourceId: string, orgId: string): void {
        (this.data.objects[object] ??= {})[sourceId] = orgId;
    }

    delete(object: LoadObject, sourceId: string): void {
        delete this.data.objects[object]?.[sourceId];
    }

    /** Exported id → org id, for one object. */
    entries(object: LoadObject): [string, string][] {
        return Object.entries(this.data.objects[object] ?? {});
    }

    save(): void {
        mkdirSync(path.dirname(this.file), { recursive: true });
        const temp = `${this.file}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify(this.data));
        renameSync(temp, this.file);
    }
}
