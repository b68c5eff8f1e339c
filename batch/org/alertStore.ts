/**
 * What the batch's trust alerts need from the org, and the writes they make. One query per
 * batch of accounts reads each account's owner, its Batch receipts before the run's day
 * (newest first, as many as the drop rule looks at) and its trust alert Tasks; Tasks are
 * created and closed with sObject Collections, even in a Bulk run (alerts are few).
 *
 * A create is not idempotent: when its answer is lost, the alerts are read again and only
 * those the org does not hold are sent again. The subject of a drop is its key (see
 * run/alertRule.ts), so the check is exact.
 */
import type { BandRun, ExistingAlert } from '../run/alertRule';
import type { OrgApi, SaveResult } from './orgApi';
import { ApiLimitError, backoffMs, classify, DEFAULT_RETRY, givenUp } from './retry';
import { COLLECTION_SIZE, type WriteFailure } from './writers';

export interface AlertState {
    ownerId: string | null;
    /** Batch runs before the day, newest first. */
    before: BandRun[];
    alerts: ExistingAlert[];
}

/** A SOQL string literal's body: quotes and backslashes escaped. */
export const soqlText = (text: string): string => text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

/** A LIKE pattern matching texts that begin with `prefix`, its wildcards taken literally. */
export const startsWithPattern = (prefix: string): string =>
    `${soqlText(prefix).replace(/%/g, '\\%').replace(/_/g, '\\_')}%`;

interface AccountRow {
    Id: string;
    OwnerId: string | null;
    Trust_Scores__r: { records: { As_Of__c: string; Band__c: string | null }[] } | null;
    Tasks: {
        records: { Id: string; Subject: string; IsClosed: boolean; Description: string | null }[];
    } | null;
}

const describeErrors = (result: SaveResult): string =>
    result.errors.map((e) => `${e.statusCode}: ${e.message}`).join('; ');

/** The calls the store makes (a test fakes them). */
export type AlertApi = Pick<OrgApi, 'queryAll' | 'createOnce' | 'update' | 'retries'>;

export class AlertStore {
    constructor(
        private readonly api: AlertApi,
        private readonly asOf: string,
        /** Start of every trust alert subject of the model. */
        private readonly subjectPrefix: string,
        /** Earlier runs to read per account. */
        private readonly runs: number,
        private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
    ) {}

    async read(accountIds: readonly string[]): Promise<Map<string, AlertState>> {
        const states = new Map<string, AlertState>();
        if (accountIds.length === 0) return states;
        const ids = accountIds.map((id) => `'${soqlText(id)}'`).join(', ');
        const soql =
            `SELECT Id, OwnerId, ` +
            `(SELECT As_Of__c, Band__c FROM Trust_Scores__r WHERE As_Of__c < ${this.asOf} AND Source__c = 'Batch' ORDER BY As_Of__c DESC LIMIT ${this.runs}), ` +
            `(SELECT Id, Subject, IsClosed, Description FROM Tasks WHERE Subject LIKE '${startsWithPattern(this.subjectPrefix)}') ` +
            `FROM Account WHERE Id IN (${ids})`;
        await this.api.queryAll<AccountRow>(soql, (rows) => {
            for (const row of rows)
                states.set(row.Id, {
                    ownerId: row.OwnerId,
                    before: (row.Trust_Scores__r?.records ?? []).map((r) => ({
                        day: r.As_Of__c,
                        band: r.Band__c
                    })),
                    alerts: (row.Tasks?.records ?? []).map((t) => ({
                        id: t.Id,
                        subject: t.Subject,
                        closed: t.IsClosed,
                        description: t.Description
                    }))
                });
        });
        return states;
    }

    /** Creates the alerts, never one twice: after a lost answer, only those still missing go again. */
    async create(tasks: readonly Record<string, unknown>[]): Promise<WriteFailure[]> {
        const failures: WriteFailure[] = [];
        for (let i = 0; i < tasks.length; i += COLLECTION_SIZE)
            failures.push(...(await this.createCollection(tasks.slice(i, i + COLLECTION_SIZE))));
        return failures;
    }

    private async createCollection(tasks: Record<string, unknown>[]): Promise<WriteFailure[]> {
        let pending = tasks;
        for (let attempt = 1; pending.length > 0; attempt++) {
            try {
                const results = await this.api.createOnce('Task', pending);
                return results.flatMap((result, i) =>
                    result.success ? [] : [this.failure(pending[i], describeErrors(result))]
                );
            } catch (error) {
                if (error instanceof ApiLimitError || classify(error) !== 'transient') throw error;
                if (attempt >= DEFAULT_RETRY.tries) throw givenUp('POST Task records', error);
                this.api.retries++;
                pending = await this.missing(pending);
                if (pending.length > 0) await this.sleep(backoffMs(attempt, DEFAULT_RETRY));
            }
        }
        return [];
    }

    /** Closes recovered alerts (an update is idempotent, so the API's own retries apply). */
    async close(
        updates: readonly { accountId: string; record: Record<string, unknown> }[]
    ): Promise<WriteFailure[]> {
        const failures: WriteFailure[] = [];
        for (let i = 0; i < updates.length; i += COLLECTION_SIZE) {
            const chunk = updates.slice(i, i + COLLECTION_SIZE);
            const results = await this.api.update(
                'Task',
                chunk.map((u) => u.record)
            );
            results.forEach((result, k) => {
                if (!result.success)
                    failures.push({
                        accountId: String(chunk[k]?.accountId),
                        object: 'Task',
                        error: describeErrors(result)
                    });
            });
        }
        return failures;
    }

    /** The tasks whose subject the account does not hold yet. */
    private async missing(tasks: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
        const states = await this.read([...new Set(tasks.map((t) => String(t.WhatId)))]);
        return tasks.filter(
            (t) => !(states.get(String(t.WhatId))?.alerts ?? []).some((a) => a.subject === t.Subject)
        );
    }

    private failure(task: Record<string, unknown> | undefined, error: string): WriteFailure {
        return { accountId: String(task?.WhatId), object: 'Task', error };
    }
}
