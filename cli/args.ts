/** Argument readers shared by the commands; each bad value is a UsageError naming the option. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatDay, parseDay, parseInstant, todayUtc } from '../engine/dates';
import {
    defaultModel,
    InvalidModelError,
    parseModelJson,
    type ModelIssue,
    type TrustModel
} from '../engine/model';
import { validateModelSet, type ModelSet } from '../engine/modelSet';
import { PACKAGE_ROOT } from './packageRoot';
import { InputError } from './inputError';
import { messages } from './messages';

/** A command typed wrong: exit code 2, the message, then where to find the command's usage. */
export class UsageError extends InputError {
    override name = 'UsageError';
    override readonly showsUsage = true;
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

/** The models `--model` names: the default one and, for models per segment, the whole set. */
export interface ModelChoice {
    /** The model without a segment (the only model, with one `--model` or none). */
    model: TrustModel;
    /** Models per segment in the order given; absent when one model scores every account. */
    models?: ModelSet;
    /** Overlapping segments: allowed (the order decides), said on stderr. */
    warnings: ModelIssue[];
}

/**
 * `--model`, given once, several times (the order is the priority of their segments) or not at
 * all (the shipped model). One model without a segment is read exactly as before segments.
 */
export function readModels(files: string | readonly string[] | undefined): ModelChoice {
    const list = files === undefined ? [] : typeof files === 'string' ? [files] : [...files];
    const models = list.length === 0 ? [defaultModel()] : list.map(readModel);
    const only = models.length === 1 ? models[0] : undefined;
    if (only && !only.segment) return { model: only, warnings: [] };
    const checked = validateModelSet(models, list);
    if (!checked.ok) throw new InvalidModelError(checked.issues, '--model');
    return { model: checked.set.fallback, models: checked.set, warnings: checked.warnings };
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

/** A datetime that names its zone: `Z` or an offset such as `+02:00` / `-0500`. */
const ZONED = /(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * `--only-changed-since`: a date (midnight UTC) or an ISO datetime with `Z` or an offset, as a
 * SOQL datetime literal. A datetime without a zone is refused rather than read in the host's
 * time zone: the same command would otherwise select different accounts on another machine.
 */
export function readSince(value: string | undefined): string | null {
    if (value === undefined) return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        if (parseDay(value) === null) throw new UsageError(messages.badSince(value));
        return `${value}T00:00:00Z`;
    }
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) throw new UsageError(messages.badSince(value));
    if (!ZONED.test(value)) throw new UsageError(messages.sinceWithoutZone(value));
    // The engine's parser checks the calendar (no 30 February), unlike Date.parse.
    const ms = parseInstant(value);
    if (ms === null) throw new UsageError(messages.badSince(value));
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

/** A TCP port; 0 lets the system pick a free one. */
export function readPort(value: string): number {
    if (!/^\d+$/.test(value) || Number(value) > 65535) throw new UsageError(messages.badPort(value));
    return Number(value);
}

/** Long enough to be a token: shown only in part when quoted back. */
const TOKEN_LENGTH = 16;

/** An argument quoted back in an error: whole if short, else its first characters only. */
export function shownArgument(arg: string): string {
    return arg.length < TOKEN_LENGTH ? `"${arg}"` : `"${arg.slice(0, 4)}…" (${arg.length} characters)`;
}
