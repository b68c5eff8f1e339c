/**
 * Models per segment over the bundled demo export: a copy of it whose Account.csv carries a
 * `Tier__c` column (every third account "Enterprise", the rest "SMB"), and models for it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultModel, type TrustModel } from '../../engine/model';

export const DEMO_FOLDER = path.join(__dirname, '..', '..', 'data', 'demo');

/** The tier of the account on a 0-based line of Account.csv. */
export function tierOf(line: number): string {
    return line % 3 === 0 ? 'Enterprise' : 'SMB';
}

/**
 * Appends a column to the export's Account.csv, the account on each 0-based line taking
 * `valueOf(line)`, and returns the account ids in the file's order.
 */
export function addAccountColumn(dir: string, field: string, valueOf: (line: number) => string): string[] {
    const file = path.join(dir, 'Account.csv');
    const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
    const lines = [`${header},${field}`, ...rows.map((row, i) => `${row},${valueOf(i)}`)];
    writeFileSync(file, `${lines.join('\n')}\n`);
    return rows.map((row) => row.split(',')[0] as string);
}

/** A scratch copy of `from` with `Tier__c` added to Account.csv; remove it with `cleanup`. */
export function tieredExport(from: string = DEMO_FOLDER): { dir: string; cleanup: () => void } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-tiers-'));
    cpSync(from, dir, { recursive: true });
    addAccountColumn(dir, 'Tier__c', tierOf);
    return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A model for the enterprise tier that weighs promises far more than the default does. */
export function enterpriseModel(): TrustModel {
    const model = defaultModel();
    return {
        ...model,
        name: 'Enterprise',
        version: 3,
        signals: { ...model.signals, promiseKeeping: { ...model.signals.promiseKeeping, weight: 9 } },
        segment: { field: 'Tier__c', values: ['Enterprise'] }
    };
}

/** Backtest windows every six months from `since`, each judging renewals within 180 days. */
export function halfYearWindows(since: string): string[] {
    return ['--since', since, '--every', '6', '--horizon-days', '180'];
}
