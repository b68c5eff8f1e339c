/**
 * `model pull`: the org's active model as a JSON file that can live in version control. With
 * models per segment the default one (no segment) is pulled as before, and a note names the
 * others; `--name` pulls one of them, `--out-dir` every one, one file each, numbered in the
 * order they are tried, so pushing them back with those numbers as `--priority` keeps it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { OrgApi } from '../../batch/org';
import { readActiveModels, type ActiveModel } from '../../batch/org/modelStore';
import { fileTarget, stdoutTarget } from '../../batch/output/atomicFile';
import { inertText } from '../../batch/output/terminalText';
import { UsageError } from '../args';
import type { CommandIo } from '../command';
import { activeModelMessages, messages } from '../messages';
import { connectionFrom, type OrgValues } from '../orgFlags';
import { activeModelJson, activeModelLine, pulledFileName } from './activeModels';

export interface PullFlags extends OrgValues {
    out?: string;
    'out-dir'?: string;
    name?: string;
}

export async function runModelPull(values: PullFlags, io: CommandIo): Promise<number> {
    const outDir = values['out-dir'];
    if (outDir !== undefined && values.out !== undefined)
        throw new UsageError(activeModelMessages.outAndOutDir);
    if (outDir !== undefined && values.name !== undefined)
        throw new UsageError(activeModelMessages.outDirAndName);
    if (outDir !== undefined) return pullAll(values, outDir, io);
    // Opened first, so an --out that cannot be written fails before the org is asked;
    // atomic, so a full disk or a kill leaves the previous file, never truncated JSON.
    const target = values.out ? fileTarget(values.out) : stdoutTarget(io.stdout);
    try {
        const api = new OrgApi(await connectionFrom(values, io.env));
        const active = await readActiveModels(api);
        const chosen = values.name === undefined ? active.fallback : named(active.records, values.name);
        await target.write(`${JSON.stringify(chosen.model, null, 2)}\n`);
        await target.commit();
        if (chosen.recordId === null) io.stderr.write(`${messages.noActiveModel}\n`);
        const others = active.records.filter((r) => r !== chosen);
        if (values.name === undefined && others.length > 0)
            io.stderr.write(
                `${activeModelMessages.othersActive(others.length, others.map((r) => inertText(r.model.name)).join(', '))}\n`
            );
        io.result?.(chosen.model);
    } catch (error) {
        target.abort();
        throw error;
    }
    return 0;
}

/** The active model of that name (exactly as saved); bad input naming the others otherwise. */
function named(records: readonly ActiveModel[], name: string): ActiveModel {
    const found = records.find((r) => r.model.name === name);
    if (found) return found;
    throw new UsageError(
        activeModelMessages.noSuchName(
            inertText(name),
            records.map((r) => `"${inertText(r.model.name)}"`).join(', ')
        )
    );
}

/** Every active model into `folder`, one atomic file each; a line per file on stdout. */
async function pullAll(values: PullFlags, folder: string, io: CommandIo): Promise<number> {
    const api = new OrgApi(await connectionFrom(values, io.env));
    const { records } = await readActiveModels(api);
    try {
        mkdirSync(folder, { recursive: true });
    } catch (error) {
        throw new UsageError(activeModelMessages.outDirFailed(folder, (error as Error).message));
    }
    const written = [];
    for (const [i, record] of records.entries()) {
        const file = path.join(folder, pulledFileName(i + 1, records.length, record.model));
        const target = fileTarget(file);
        try {
            await target.write(`${JSON.stringify(record.model, null, 2)}\n`);
            await target.commit();
        } catch (error) {
            target.abort();
            throw error;
        }
        io.stdout.write(`${activeModelMessages.wroteFile(file, activeModelLine(record, i + 1))}\n`);
        written.push({ file, ...activeModelJson(record, i + 1) });
    }
    io.result?.(written);
    return 0;
}
