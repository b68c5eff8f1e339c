/**
 * `model pull [--out file]`, `model push <file> [--notes …]`: the model as a JSON file that can
 * live in version control. Push validates first, then saves a new version, activates it and
 * deactivates the others; nothing is saved if it is invalid.
 */
import { OrgApi } from '../../org';
import { readActiveModel } from '../../org/modelStore';
import { fileTarget, stdoutTarget } from '../../output/atomicFile';
import { inertText } from '../../output/terminalText';
import { readModel } from '../args';
import type { CommandIo } from '../command';
import { messages } from '../messages';
import { connectionFrom, type OrgValues } from '../orgFlags';

export async function runModelPull(values: OrgValues & { out?: string }, io: CommandIo): Promise<number> {
    // Opened first, so an --out that cannot be written fails before the org is asked;
    // atomic, so a full disk or a kill leaves the previous file, never truncated JSON.
    const target = values.out ? fileTarget(values.out) : stdoutTarget(io.stdout);
    try {
        const api = new OrgApi(await connectionFrom(values, io.env));
        const active = await readActiveModel(api);
        await target.write(`${JSON.stringify(active.model, null, 2)}\n`);
        await target.commit();
        if (active.recordId === null) io.stderr.write(`${messages.noActiveModel}\n`);
    } catch (error) {
        target.abort();
        throw error;
    }
    return 0;
}

export async function runModelPush(
    file: string,
    values: OrgValues & { notes?: string },
    io: CommandIo
): Promise<number> {
    const model = readModel(file);
    const api = new OrgApi(await connectionFrom(values, io.env));
    const readVersions = () =>
        api.query<{ Id: string; Version__c: number | null; Active__c: boolean }>(
            'SELECT Id, Version__c, Active__c FROM Trust_Model__c ORDER BY Version__c DESC'
        );
    const create = (version: number) =>
        api.post<{ id: string }>(`/services/data/v${api.version}/sobjects/Trust_Model__c`, {
            Name: model.name.slice(0, 80),
            Version__c: version,
            Active__c: true,
            Definition__c: JSON.stringify({ ...model, version }, null, 2),
            Notes__c: values.notes ?? `Pushed from ${file}`
        });
    let page = await readVersions();
    let version = Math.max(0, ...page.records.map((r) => r.Version__c ?? 0)) + 1;
    let created: { id: string };
    try {
        created = await create(version);
    } catch (error) {
        // Version__c is unique: an admin saving from the setup page at the same moment
        // took this number. Read the versions again and take the next one, once.
        if ((error as { errorCode?: unknown }).errorCode !== 'DUPLICATE_VALUE') throw error;
        page = await readVersions();
        version = Math.max(0, ...page.records.map((r) => r.Version__c ?? 0)) + 1;
        created = await create(version);
    }
    const others = page.records
        .filter((r) => r.Active__c && r.Id !== created.id)
        .map((r) => ({ Id: r.Id, Active__c: false }));
    if (others.length > 0) await api.update('Trust_Model__c', others);
    io.stdout.write(`${messages.modelPushed(inertText(model.name), version, created.id)}\n`);
    return 0;
}
