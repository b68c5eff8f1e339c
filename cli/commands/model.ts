/**
 * `model push <file> [--notes …]`: a model JSON file saved in the org (`model pull`, its
 * counterpart, is modelPull.ts). Push validates first, then saves a new version as the setup page
 * does (records/modelVersion.ts): active, with the replaced version's baselines, the others
 * deactivated; nothing is saved if it is invalid.
 */
import type { TrustModel } from '../../engine/model';
import { OrgApi } from '../../batch/org';
import { modelVersionApi } from '../../batch/org/modelVersionApi';
import { saveModelVersion } from '../../records/modelVersion';
import { inertText } from '../../batch/output/terminalText';
import { readModel, UsageError } from '../args';
import type { CommandIo } from '../command';
import { messages } from '../messages';
import { connectionFrom, type OrgValues } from '../orgFlags';

export async function runModelPush(
    file: string,
    values: OrgValues & { notes?: string; priority?: string },
    io: CommandIo
): Promise<number> {
    const model = readModel(file);
    const priority = readPriority(values.priority);
    return pushModel(
        new OrgApi(await connectionFrom(values, io.env)),
        model,
        values.notes ?? `Pushed from ${file}`,
        io,
        priority
    );
}

/** `--priority`: a whole number from 0, lower tried first (Trust_Model__c.Priority__c holds 6 digits). */
function readPriority(value: string | undefined): number | null {
    if (value === undefined) return null;
    if (!/^\d{1,6}$/.test(value)) throw new UsageError(messages.badPriority(value));
    return Number(value);
}

/** Saves a validated model as the org's new active version, through an open connection. */
export async function pushModel(
    api: OrgApi,
    model: TrustModel,
    notes: string,
    io: CommandIo,
    priority: number | null = null
): Promise<number> {
    // The setup page saves through the same sequence: next number, the active
    // version's baselines carried over, created active before the old is deactivated.
    const result = await saveModelVersion(modelVersionApi(api), {
        model,
        notes,
        priority
    });
    if (result.outcome === 'failed') throw result.error;
    if (result.outcome === 'partial')
        io.stderr.write(`${messages.modelStillActive(result.stillActive.join(', '))}\n`);
    io.stdout.write(`${messages.modelPushed(inertText(model.name), result.version, result.recordId)}\n`);
    io.result?.({
        name: model.name,
        version: result.version,
        recordId: result.recordId,
        stillActive: result.outcome === 'partial' ? result.stillActive : []
    });
    return 0;
}
