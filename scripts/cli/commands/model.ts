/**
 * `model validate <file>`, `model pull [--out file]`, `model push <file> [--notes …]`: the
 * model as a JSON file that can live in version control. Push validates first, then saves a
 * new version as the setup page does (records/modelVersion.ts): active, with the replaced
 * version's baselines, the others deactivated; nothing is saved if it is invalid.
 */
import type { Connection } from '@jsforce/jsforce-node';
import { connect, OrgApi } from '../../org';
import { readActiveModel } from '../../org/modelStore';
import { modelVersionApi } from '../../org/modelVersionApi';
import { saveModelVersion } from '../../../records/modelVersion';
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
            // The setup page saves through the same sequence: next number, the active
            // version's baselines carried over, created active before the old is deactivated.
            const result = await saveModelVersion(modelVersionApi(api), {
                model,
                notes: values.notes ?? `Pushed from ${file}`
            });
            if (result.outcome === 'failed') throw result.error;
            if (result.outcome === 'partial')
                process.stderr.write(`${messages.modelStillActive(result.stillActive.join(', '))}\n`);
            process.stdout.write(
                `${messages.modelPushed(inertText(model.name), result.version, result.recordId)}\n`
            );
            return 0;
        }
        default:
            throw new UsageError(messages.unknownCommand(`model ${sub ?? ''}`.trim()));
    }
}
