/** The bundled demo export (150 accounts), staged once per test file, and its scored accounts. */
import path from 'node:path';
import { parseDay } from '../../../engine/dates';
import { defaultModel, type TrustModel } from '../../../engine/model';
import type { TrustResult } from '../../../engine/result';
import { ExportStore } from '../../exports/exportStore';
import type { ScoredAccount } from '../scoreStep';

export const DEMO = path.join(__dirname, '..', '..', '..', 'data', 'demo');
export const AS_OF = '2026-06-30';
export const AS_OF_DAY = parseDay(AS_OF) as number;

export function loadDemo(model: TrustModel = defaultModel()): Promise<ExportStore> {
    return ExportStore.load(DEMO, model);
}

/** A scored account around a given result, at a position, with an optional previous score. */
export function scored(result: TrustResult, position: number, previous: number | null = null): ScoredAccount {
    return { result, position, previous, mayUpdateAccount: true };
}
