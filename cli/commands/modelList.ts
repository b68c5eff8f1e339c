/** `model list`: the org's active models in the order an account is matched against them. */
import { OrgApi } from '../../batch/org';
import { readActiveModels } from '../../batch/org/modelStore';
import type { CommandIo } from '../command';
import { activeModelMessages } from '../messages';
import { connectionFrom, type OrgValues } from '../orgFlags';
import { activeModelJson, activeModelLine } from './activeModels';

export async function runModelList(values: OrgValues, io: CommandIo): Promise<number> {
    const { records } = await readActiveModels(new OrgApi(await connectionFrom(values, io.env)));
    const lines = records.map((r, i) => activeModelLine(r, i + 1));
    io.stdout.write(`${[activeModelMessages.heading(records.length), ...lines].join('\n')}\n`);
    io.result?.(records.map((r, i) => activeModelJson(r, i + 1)));
    return 0;
}
