/**
 * Everything one account's generators share: the org-wide context (reference date, id
 * factory), the account's own random stream, its archetype and segment, its active period,
 * and the quality curve that drives its behaviour over time.
 */
import type { Archetype, ArchetypeSpec, QualityDimension, Segment, SegmentSpec } from './archetypes';
import { ARCHETYPE_SPECS, SEGMENT_SPECS } from './archetypes';
import { MS_PER_DAY } from './calendar';
import type { Random } from './random';
import type { DemoSink } from './records';
import type { IdFactory } from './salesforceId';

export interface OrgContext {
    /** The reference date (day number): history lies before it, some due dates after. */
    readonly referenceDay: number;
    /** When the export was taken: no record was created or closed after this instant. */
    readonly nowMs: number;
    readonly ids: IdFactory;
}

/** An opportunity a promise can refer to (`Trust_Commitment__c.Opportunity__c`). */
export interface OpportunityRef {
    id: string;
    createdDay: number;
    closeDay: number;
}

const SECONDS_PER_DAY = 86_400;
const BUSINESS_START = 7 * 3600;
const BUSINESS_SECONDS = 11 * 3600;

export class AccountScope {
    readonly spec: ArchetypeSpec;
    readonly segmentSpec: SegmentSpec;
    /** Per-account offsets so that two accounts of an archetype are not clones. */
    private readonly jitter: Record<QualityDimension, number>;
    /** Start of the relationship (first deal won; first contact for prospects). */
    start = 0;
    /** Last day of activity: the churn, or the reference date. */
    activeEnd: number;
    /** Day the quality trend ends (churned accounts: the planned churn). */
    trendEnd: number;
    trendStart: number;
    /** Churned accounts: the day after which they no longer renew. */
    churnTarget: number | null = null;
    /**
     * Draws whether a contract lapses, on a stream of its own so that the rest of an
     * account's history is the same whether or not it ever lapses.
     */
    lapses: Random | null = null;
    /** Volume multiplier: heavy-tailed, so a few accounts are huge. */
    scale = 1;
    readonly opportunities: OpportunityRef[] = [];
    private contacts: string[] | null = null;

    constructor(
        readonly org: OrgContext,
        readonly random: Random,
        readonly sink: DemoSink,
        readonly accountId: string,
        readonly archetype: Archetype,
        readonly segment: Segment
    ) {
        this.spec = ARCHETYPE_SPECS[archetype];
        this.segmentSpec = SEGMENT_SPECS[segment];
        this.jitter = {
            commercial: random.normal() * 0.07,
            support: random.normal() * 0.07,
            promises: random.normal() * 0.07,
            advocacy: random.normal() * 0.07
        };
        this.activeEnd = org.referenceDay;
        this.trendEnd = org.referenceDay;
        this.trendStart = org.referenceDay;
    }

    get referenceDay(): number {
        return this.org.referenceDay;
    }

    /** Quality of one kind of behaviour on a given day, in (0, 1). */
    quality(dimension: QualityDimension, day: number): number {
        const early = this.spec.early[dimension];
        const late = this.spec.late[dimension];
        let t = 1;
        if (this.trendEnd > this.trendStart) {
            t = Math.min(1, Math.max(0, (day - this.trendStart) / (this.trendEnd - this.trendStart)));
        }
        const value = early + (late - early) * t + this.jitter[dimension];
        return Math.min(0.98, Math.max(0.02, value));
    }

    /** A datetime during office hours (UTC) on `day`, never after the export was taken. */
    officeTime(day: number): number {
        return this.clampToNow(
            day * MS_PER_DAY + (BUSINESS_START + this.random.int(0, BUSINESS_SECONDS)) * 1000
        );
    }

    /** A datetime at any hour of `day` (support runs around the clock, mostly in office hours). */
    anyTime(day: number): number {
        if (this.random.chance(0.75)) return this.officeTime(day);
        return this.clampToNow(day * MS_PER_DAY + this.random.int(0, SECONDS_PER_DAY - 1) * 1000);
    }

    private clampToNow(ms: number): number {
        if (ms <= this.org.nowMs) return ms;
        // A record "created today" after the export ran: pull it back into the morning.
        return this.org.nowMs - this.random.int(60, 4 * 3600) * 1000;
    }

    /** A Contact of the account (references name one); created lazily, 1–4 per account. */
    contact(): string {
        if (this.contacts === null) {
            const count = 1 + Math.min(3, this.random.poisson(0.6 * this.scale));
            this.contacts = [];
            for (let i = 0; i < count; i++) this.contacts.push(this.org.ids.next('Contact'));
        }
        return this.random.pick(this.contacts);
    }
}
