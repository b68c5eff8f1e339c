/**
 * `trust-ledger local-org start`: runs the local org until SIGINT/SIGTERM. Humans read the
 * URL, token and what is served on stderr; with `--json`, scripts read exactly one line
 * `{"instanceUrl": …, "accessToken": …, "store": …, "data": …, "importedAt": …, "imported": …}`
 * on stdout once the org is ready (the first two keys as they always were).
 *
 * Each `--data` folder has its own store (see storeFolder.ts); `--store` names one instead.
 */
import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readPort, UsageError } from '../../cli/args';
import type { CommandIo } from '../../cli/command';
import { InputError } from '../../cli/inputError';
import { FolderLockedError } from '../../batch/files';
import { startLocalOrg, type ServedData } from './localOrg';
import { localOrgMessages as messages } from './messages';
import { DEFAULT_DATA_DIR, storeFolderFor } from './storeFolder';

export interface LocalOrgFlags {
    port?: string;
    data?: string;
    store?: string;
    reimport?: boolean;
    'fault-rate'?: string;
    seed?: string;
    'audit-fields'?: boolean;
    'jwt-certificate'?: string;
    'jwt-client-id'?: string;
    json?: boolean;
}

function readRate(value: string): number {
    const rate = Number(value);
    if (value.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1)
        throw new UsageError(messages.badFaultRate(value));
    return rate;
}

function readSeed(value: string): number {
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
        throw new UsageError(messages.badSeed(value));
    return Number(value);
}

function readFolder(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (!existsSync(value) || !statSync(value).isDirectory())
        throw new UsageError(messages.notAFolder(value));
    return value;
}

function readStore(value: string | undefined, data: string | undefined, cwd: string): string | undefined {
    if (value !== undefined) {
        if (existsSync(value) && !statSync(value).isDirectory())
            throw new UsageError(messages.storeNotAFolder(value));
        return path.resolve(value);
    }
    return data === undefined ? undefined : storeFolderFor(data, path.join(cwd, DEFAULT_DATA_DIR));
}

/** `--jwt-certificate <file>` (PEM) and `--jwt-client-id`: the connected app JWT logins may use. */
function readJwtTrust(
    file: string | undefined,
    clientId: string | undefined
): { jwtCertificate?: string; jwtClientId?: string } {
    if (file === undefined) {
        if (clientId !== undefined) throw new UsageError(messages.jwtClientIdAlone);
        return {};
    }
    let pem: string;
    try {
        pem = readFileSync(file, 'utf8');
        createPublicKey(pem);
    } catch (error) {
        throw new UsageError(messages.badJwtCertificate(file, (error as Error).message));
    }
    return { jwtCertificate: pem, ...(clientId === undefined ? {} : { jwtClientId: clientId }) };
}

/** What the org serves, in one line: the folder just imported, the stored import, or the bare store. */
function servedLine(served: ServedData, importFrom: string | undefined): string {
    if (served.folder !== null && served.importedNow) return messages.servingImported(served.folder);
    if (served.folder !== null && importFrom !== undefined)
        return messages.servingUnchanged(served.folder, served.importedAt ?? '');
    return messages.servingStore(served.folder, served.importedAt);
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<void> {
    return new Promise((resolve) => {
        const stop = (): void => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}

/** Another local org holds the store: which one, and how to run beside it. */
function storeInUse(error: FolderLockedError): InputError {
    const owner = error.owner;
    const host = owner === null || owner.host === os.hostname() ? null : owner.host;
    return new InputError(messages.storeInUse(error.folder, owner?.pid ?? null, owner?.since ?? null, host));
}

export async function serveLocalOrg(values: LocalOrgFlags, io: CommandIo): Promise<number> {
    const err = (line: string): void => {
        io.stderr.write(`${line}\n`);
    };
    const port = values.port === undefined ? 0 : readPort(values.port);
    const faultRate = values['fault-rate'] === undefined ? 0 : readRate(values['fault-rate']);
    const seed = values.seed === undefined ? 1 : readSeed(values.seed);
    const importFrom = readFolder(values.data);
    if (values.reimport === true && importFrom === undefined)
        throw new UsageError(messages.reimportNeedsData);
    const dataDir = readStore(values.store, importFrom, io.cwd);
    let org: Awaited<ReturnType<typeof startLocalOrg>>;
    try {
        org = await startLocalOrg({
            port,
            faultRate,
            seed,
            auditFields: values['audit-fields'] === true,
            ...readJwtTrust(values['jwt-certificate'], values['jwt-client-id']),
            reimport: values.reimport === true,
            onImportStart: (folder) => err(messages.importing(folder)),
            ...(dataDir === undefined ? {} : { dataDir }),
            ...(importFrom === undefined ? {} : { importFrom })
        });
    } catch (error) {
        throw error instanceof FolderLockedError ? storeInUse(error) : error;
    }
    if (org.lockTakenOverFrom !== null) err(messages.tookOverLock(org.lockTakenOverFrom));
    if (org.imported !== undefined) {
        err(messages.imported(org.imported.rows, org.imported.ms, org.imported.objects));
        if (org.imported.skippedFiles.length > 0) err(messages.skippedFiles(org.imported.skippedFiles));
        for (const [object, columns] of Object.entries(org.imported.skippedColumns))
            err(messages.skippedColumns(object, columns));
    }
    const served = org.served;
    err(servedLine(served, importFrom));
    err(messages.listening(org.instanceUrl));
    err(messages.token(org.accessToken));
    err(messages.cliLogin(org.instanceUrl));
    err(messages.dataFile(org.dataFile));
    if (faultRate > 0) err(messages.faults(faultRate, seed));
    if (values['audit-fields'] === true) err(messages.auditFields);
    if (values['jwt-certificate'] !== undefined) err(messages.jwtLogins(org.instanceUrl, org.username));
    err(messages.howToStop);
    if (values.json === true)
        io.stdout.write(
            `${JSON.stringify({
                instanceUrl: org.instanceUrl,
                accessToken: org.accessToken,
                store: served.store,
                data: served.folder,
                importedAt: served.importedAt,
                imported: served.importedNow
            })}\n`
        );
    await untilSignal();
    await org.close();
    err(messages.stopped(org.apiCalls()));
    return 0;
}
