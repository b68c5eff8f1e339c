/**
 * `trust-ledger local-org start [--port] [--data] [--store] [--reimport] [--fault-rate] [--seed]
 * [--audit-fields] [--json]`: runs the local org until SIGINT/SIGTERM. Humans read the URL,
 * token and what is served on stderr; with `--json`, scripts read exactly one line
 * `{"instanceUrl": …, "accessToken": …, "store": …, "data": …, "importedAt": …, "imported": …}`
 * on stdout once the org is ready (the first two keys as they always were).
 *
 * Each `--data` folder has its own store (see storeFolder.ts); `--store` names one instead.
 */
import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CsvInputError } from '../csv/errors';
import { FolderLockedError } from '../files';
import { startLocalOrg, type ServedData } from './localOrg';
import { localOrgMessages as messages } from './messages';
import { storeFolderFor } from './storeFolder';

class BadArgument extends Error {}

function readPort(value: string | undefined): number {
    if (value === undefined) return 0;
    if (!/^\d+$/.test(value) || Number(value) > 65535) throw new BadArgument(messages.badPort(value));
    return Number(value);
}

function readRate(value: string | undefined): number {
    if (value === undefined) return 0;
    const rate = Number(value);
    if (value.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1)
        throw new BadArgument(messages.badFaultRate(value));
    return rate;
}

function readSeed(value: string | undefined): number {
    if (value === undefined) return 1;
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
        throw new BadArgument(messages.badSeed(value));
    return Number(value);
}

function readFolder(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (!existsSync(value) || !statSync(value).isDirectory())
        throw new BadArgument(messages.notAFolder(value));
    return value;
}

function readStore(value: string | undefined, data: string | undefined): string | undefined {
    if (value !== undefined) {
        if (existsSync(value) && !statSync(value).isDirectory())
            throw new BadArgument(messages.storeNotAFolder(value));
        return path.resolve(value);
    }
    return data === undefined ? undefined : storeFolderFor(data);
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

export async function runLocalOrgCommand(argv: string[]): Promise<number> {
    const [sub, ...rest] = argv;
    const err = (line: string): void => {
        process.stderr.write(`${line}\n`);
    };
    try {
        if (sub !== 'start')
            throw new BadArgument(sub === undefined ? messages.usage : messages.unknownSubcommand(sub));
        const { values } = parseArgs({
            args: rest,
            options: {
                port: { type: 'string' },
                data: { type: 'string' },
                store: { type: 'string' },
                reimport: { type: 'boolean' },
                'fault-rate': { type: 'string' },
                seed: { type: 'string' },
                'audit-fields': { type: 'boolean' },
                'jwt-certificate': { type: 'string' },
                'jwt-client-id': { type: 'string' },
                json: { type: 'boolean' }
            },
            allowPositionals: false,
            strict: true
        });
        const port = readPort(values.port);
        const faultRate = readRate(values['fault-rate']);
        const seed = readSeed(values.seed);
        const importFrom = readFolder(values.data);
        if (values.reimport === true && importFrom === undefined)
            throw new BadArgument(messages.reimportNeedsData);
        const dataDir = readStore(values.store, importFrom);
        const org = await startLocalOrg({
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
            process.stdout.write(
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
    } catch (error) {
        if (error instanceof FolderLockedError) {
            const owner = error.owner;
            err(
                `trust-ledger: ${messages.storeInUse(error.folder, owner?.pid ?? null, owner?.since ?? null, owner === null || owner.host === os.hostname() ? null : owner.host)}`
            );
            return 2;
        }
        const usage =
            error instanceof BadArgument ||
            (error instanceof TypeError &&
                (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'));
        if (!usage && !(error instanceof CsvInputError)) throw error;
        err(`trust-ledger: ${(error as Error).message}`);
        if (usage) err(messages.usage);
        return 2;
    }
}

/** `--jwt-certificate <file>` (PEM) and `--jwt-client-id`: the connected app JWT logins may use. */
function readJwtTrust(
    file: string | undefined,
    clientId: string | undefined
): { jwtCertificate?: string; jwtClientId?: string } {
    if (file === undefined) {
        if (clientId !== undefined) throw new BadArgument(messages.jwtClientIdAlone);
        return {};
    }
    let pem: string;
    try {
        pem = readFileSync(file, 'utf8');
        createPublicKey(pem);
    } catch (error) {
        throw new BadArgument(messages.badJwtCertificate(file, (error as Error).message));
    }
    return { jwtCertificate: pem, ...(clientId === undefined ? {} : { jwtClientId: clientId }) };
}
