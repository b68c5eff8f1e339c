/**
 * The summary of an org run, built in one place from what the run learnt step by step, so a
 * run stopped by the API limit at any step reports exactly as far as it got.
 */
import { normaliseBaselines, type OrgBaselines } from '../../engine/baselines';
import type { TrustModel } from '../../engine/model';
import type { CheckpointIssue } from '../org/checkpoint';
import type { ApiLimits, OrgApi } from '../org/orgApi';
import type { WriteFailure } from '../org/writers';
import type { AlertSink, ClosedAlert, PlannedAlert } from './alertSink';
import type { AncestorRollups } from './ancestorRollups';
import type { BaselinesSource } from './baselines';
import type { Mover, RunTally } from './tally';

export type { Mover } from './tally';

export interface OrgRunSummary {
    model: { name: string; version: number; recordId: string | null; fellBackToDefault: boolean };
    baselines: OrgBaselines;
    baselinesSource: BaselinesSource;
    accountsInOrg: number;
    accountsScored: number;
    resumedFrom: number;
    /** A checkpoint was found and not used, and why (the run started from the first account). */
    checkpointIgnored?: { issue: CheckpointIssue; file: string } | null;
    bands: Record<string, number>;
    movers: Mover[];
    failures: WriteFailure[];
    written: boolean;
    bulkJobs: number;
    apiCalls: number;
    retries: number;
    limitsBefore: ApiLimits | null;
    limitsAfter: ApiLimits | null;
    stoppedByLimit: string | null;
    rows: number;
    /** Won deals that closed before they were created, left out of cycle times. */
    closedBeforeCreated?: number;
    /** Bulk API 2.0 was chosen because the org is large, not asked for with --bulk. */
    bulkChosen?: boolean;
    /**
     * Trust alerts created (a dry run: would be) and open ones closed on recovery (`closed`
     * counts `closedAlerts`); absent when alerts are off.
     */
    alerts?: { created: PlannedAlert[]; closed: number; closedAlerts: ClosedAlert[] };
    /**
     * A changed-only run: parent accounts not rescored themselves whose roll-up it refreshed
     * because an account below them was; absent on a full run.
     */
    rollupsRefreshed?: number;
}

/** What an org run has learnt so far; each step fills in its part. */
export interface OrgRunFacts {
    limitsBefore: ApiLimits | null;
    model: { model: TrustModel; recordId: string | null } | null;
    /** Set once the evidence is read. */
    source: { accounts: number; rows: number; bulkChosen: boolean } | null;
    baselines: { baselines: OrgBaselines; source: BaselinesSource; closedBeforeCreated: number } | null;
    checkpoint: { resumedFrom: number; ignored: OrgRunSummary['checkpointIgnored'] } | null;
    tally: RunTally | null;
    receipts: { failures: WriteFailure[]; jobs: number } | null;
    alerts?: Pick<AlertSink, 'created' | 'closed' | 'closedAlerts'> | null;
    /** Set on a changed-only run over accounts in hierarchies. */
    ancestors?: Pick<AncestorRollups, 'refreshed'> | null;
}

export function emptyFacts(): OrgRunFacts {
    return {
        limitsBefore: null,
        model: null,
        source: null,
        baselines: null,
        checkpoint: null,
        tally: null,
        receipts: null
    };
}

/**
 * The summary of a run that went to the end or stopped (`stoppedByLimit`); the API limits
 * after are read only when the org still answers.
 */
export async function buildSummary(
    facts: OrgRunFacts,
    run: { api: Pick<OrgApi, 'calls' | 'retries' | 'limits'>; dryRun: boolean; stoppedByLimit: string | null }
): Promise<OrgRunSummary> {
    const { api, stoppedByLimit } = run;
    const model = facts.model;
    return {
        model: model
            ? {
                  name: model.model.name,
                  version: model.model.version,
                  recordId: model.recordId,
                  fellBackToDefault: model.recordId === null
              }
            : { name: '(not read)', version: 0, recordId: null, fellBackToDefault: false },
        baselines: facts.baselines?.baselines ?? normaliseBaselines(null),
        baselinesSource: facts.baselines?.source ?? 'computed',
        accountsInOrg: facts.source?.accounts ?? 0,
        accountsScored: facts.tally?.scored ?? 0,
        resumedFrom: facts.checkpoint?.resumedFrom ?? 0,
        checkpointIgnored: facts.checkpoint?.ignored ?? null,
        bands: model && facts.tally ? facts.tally.bands(model.model) : {},
        movers: facts.tally?.movers() ?? [],
        failures: facts.receipts?.failures ?? [],
        written: !run.dryRun,
        bulkJobs: facts.receipts?.jobs ?? 0,
        apiCalls: api.calls,
        retries: api.retries,
        limitsBefore: facts.limitsBefore,
        limitsAfter: stoppedByLimit ? null : await api.limits().catch(() => null),
        stoppedByLimit,
        rows: facts.source?.rows ?? 0,
        closedBeforeCreated: facts.baselines?.closedBeforeCreated ?? 0,
        bulkChosen: facts.source?.bulkChosen ?? false,
        ...(facts.alerts
            ? {
                  alerts: {
                      created: facts.alerts.created,
                      closed: facts.alerts.closed,
                      closedAlerts: facts.alerts.closedAlerts
                  }
              }
            : {}),
        ...(facts.ancestors ? { rollupsRefreshed: facts.ancestors.refreshed } : {})
    };
}
