/**
 * `model validate <file>`, `model pull [--out file]`, `model push <file> [--notes …]`: the
 * model as a JSON file that can live in version control. Push validates first, then saves a
 * new version, activates it and deactivates the others; nothing is saved if it is invalid.
 */
import type { Connection } from '@jsforce/jsforce-node';
import { connect, OrgApi } from '../../org';
import { readActiveModel } from '../../org/modelStore';
import { fileTarget, stdoutTarget } from '../../output/atomicFile';
import { inertText } from '../../output/terminalText';
import { parseCommand, readModel, UsageError } from '../args';
import { messages } from '../messages';
import { ORG_OPTIONS, orgFrom } from '../orgFlags';

const MODEL_OPTIONS = {
    ...ORG_OPTIONS,
    out: { type: 'string' },
    notes: { type: 'string' }
} as const;

export async function commandModel(argv: string[], connectionOverride?: Connection): Promise<number> {
    const [sub, ...rest] = argv;
    const { values, positionals } = parseCommand({
        args: rest,
        options: MODEL_OPTIONS,
        allowPositionals: true,
        strict: true
    });
    const connection = (): Promise<Connection> | Connection => {
        if (connectionOverride) return connectionOverride;
        // No flags: connect() names what is missing (or uses the SF_* environment).
        return connect(orgFrom(values) ?? {});
    };
    switch (sub) {
        case 'validate': {
            const file = positionals[0];
            if (file === undefined)
                throw new UsageError(messages.missingOption('<file.json>', 'model validate'));
            const model = readModel(file);
            process.stdout.write(`${messages.modelValid(inertText(model.name), model.version)}\n`);
            return 0;
        }
        case 'pull': {
            // Opened first, so an --out that cannot be written fails before the org is asked;
            // atomic, so a full disk or a kill leaves the previous file, never truncated JSON.
            const target = values.out ? fileTarget(values.out) : stdoutTarget();
            try {
                const api = new OrgApi(await connection());
                const active = await readActiveModel(api);
                await target.write(`${JSON.stringify(active.model, null, 2)}\n`);
                await target.commit();
                if (active.recordId === null) process.stderr.write(`${messages.noActiveModel}\n`);
            } catch (error) {
                target.abort();
                throw error;
            }
            return 0;
        }
        case 'push': {
            const file = positionals[0];
            if (file === undefined) throw new UsageError(messages.missingOption('<file.json>', 'model push'));
            const model = readModel(file);
            const api = new OrgApi(await connection());
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
            process.stdout.write(`${messages.modelPushed(inertText(model.name), version, created.id)}\n`);
            return 0;
        }
        default:
            throw new UsageError(messages.unknownCommand(`model ${sub ?? ''}`.trim()));
    }
}
