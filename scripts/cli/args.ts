/** Argument readers shared by the commands; each bad value is a UsageError naming the option. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatDay, parseDay, todayUtc } from '../../engine/dates';
import { defaultModel, parseModelJson, type TrustModel } from '../../engine/model';
import { PACKAGE_ROOT } from '../packageRoot';
import { messages } from './messages';

/** Bad input: exit code 2, message printed as is. */
export class UsageError extends Error {
    override name = 'UsageError';
}

export const REPO_ROOT = PACKAGE_ROOT;
export const DEMO_FOLDER = path.join(REPO_ROOT, 'data', 'demo');
/** The bundled demo export is generated relative to this day; `start` scores as of it. */
export const DEMO_AS_OF = '2026-06-30';

export interface AsOf {
    day: number;
    text: string;
}

export function readModel(file: string | undefined): TrustModel {
    if (file === undefined) return defaultModel();
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw new UsageError(
            messages.modelUnreadable(file, (error as NodeJS.ErrnoException).code ?? String(error))
        );
    }
    return parseModelJson(text, file);
}

export function readAsOf(value: string | undefined): AsOf {
    if (value === undefined) {
        const day = todayUtc();
        return { day, text: formatDay(day) };
    }
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value) : null;
    if (day === null) throw new UsageError(messages.badAsOf(value));
    return { day, text: value };
}

/** `--only-changed-since`: a date (midnight UTC) or an ISO datetime, as a SOQL datetime literal. */
export function readSince(value: string | undefined): string | null {
    if (value === undefined) return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value) : null;
    if (date !== null) return `${value}T00:00:00Z`;
    const ms = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(ms)) throw new UsageError(messages.badSince(value));
    return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function readFolder(folder: string | undefined, command: string): string {
    if (folder === undefined) throw new UsageError(messages.missingOption('--from <folder>', command));
    if (!existsSync(folder) || !statSync(folder).isDirectory())
        throw new UsageError(messages.notAFolder(folder));
    if (!existsSync(path.join(folder, 'Account.csv'))) throw new UsageError(messages.noAccountFile(folder));
    return folder;
}

export function readCount(option: string, value: string | undefined, command: string): number {
    if (value === undefined) throw new UsageError(messages.missingOption(`${option} <n>`, command));
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(messages.badCount(option, value));
    return Number(value);
}
