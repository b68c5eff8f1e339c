/**
 * Who the accounts of the demo org are. Each account gets an archetype (how it behaves) and
 * a segment (how big it is). Behaviour is driven by four quality levels in [0, 1] — one per
 * kind of evidence — that may drift over the account's life, so an eroding account looks
 * healthy in old records and poor in recent ones, as real churn risks do.
 */
import { Weighted } from './random';

export const ARCHETYPES = [
    'exemplary',
    'healthy',
    'steady',
    'young',
    'neglected',
    'troubled',
    'eroding',
    'churned',
    'prospect'
] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export const SEGMENTS = ['SMB', 'MidMarket', 'Enterprise'] as const;
export type Segment = (typeof SEGMENTS)[number];

/**
 * - `commercial`: renewals on time and kept, deals won and fast, expansion over contraction
 * - `support`: few, low-priority, quickly resolved cases, few escalations, SLAs met
 * - `promises`: commitments kept on time
 * - `advocacy`: references given and rated highly
 */
export interface Quality {
    commercial: number;
    support: number;
    promises: number;
    advocacy: number;
}
export type QualityDimension = keyof Quality;

export interface ArchetypeSpec {
    /** Share of the org's accounts (relative). */
    weight: number;
    /** Quality at the start of the relationship … */
    early: Quality;
    /** … and at its end (the reference date, or the churn). */
    late: Quality;
    /**
     * How long ago the relationship started, in days before the reference date; skewed
     * towards recent starts, as a growing customer base is.
     */
    tenureDays: readonly [number, number];
    /** Multiplies the Enterprise share of the segment mix. */
    enterpriseBias: number;
    /** Cases per year at activity scale 1. */
    casesPerYear: number;
    /** Upgrade / cross-sell attempts per year at activity scale 1 (won at the win rate). */
    upgradesPerYear: number;
    /** Probability that the account team logs promises in Trust_Commitment__c at all. */
    promiseLogging: number;
    /** Logged promises per year when they are logged. */
    promisesPerYear: number;
    /** Reference requests per year. */
    referencesPerYear: number;
    /** Scales every volume: neglected accounts leave little evidence. */
    activity: number;
}

const q = (commercial: number, support: number, promises: number, advocacy: number): Quality => ({
    commercial,
    support,
    promises,
    advocacy
});

export const ARCHETYPE_SPECS: Record<Archetype, ArchetypeSpec> = {
    exemplary: {
        weight: 8,
        early: q(0.88, 0.85, 0.9, 0.9),
        late: q(0.93, 0.9, 0.93, 0.95),
        tenureDays: [500, 1460],
        enterpriseBias: 1.4,
        casesPerYear: 0.32,
        upgradesPerYear: 0.29,
        promiseLogging: 0.55,
        promisesPerYear: 0.48,
        referencesPerYear: 0.3,
        activity: 1.1
    },
    healthy: {
        weight: 20,
        early: q(0.72, 0.72, 0.75, 0.72),
        late: q(0.78, 0.76, 0.78, 0.78),
        tenureDays: [200, 1460],
        enterpriseBias: 1.1,
        casesPerYear: 0.4,
        upgradesPerYear: 0.19,
        promiseLogging: 0.4,
        promisesPerYear: 0.4,
        referencesPerYear: 0.12,
        activity: 1
    },
    steady: {
        weight: 25,
        early: q(0.55, 0.55, 0.55, 0.5),
        late: q(0.55, 0.55, 0.55, 0.5),
        tenureDays: [200, 1460],
        enterpriseBias: 1,
        casesPerYear: 0.48,
        upgradesPerYear: 0.13,
        promiseLogging: 0.3,
        promisesPerYear: 0.36,
        referencesPerYear: 0.05,
        activity: 1
    },
    young: {
        weight: 11,
        early: q(0.65, 0.6, 0.65, 0.6),
        late: q(0.65, 0.6, 0.65, 0.6),
        tenureDays: [20, 300],
        enterpriseBias: 0.7,
        // Onboarding generates questions and promises; there has been no time for more.
        casesPerYear: 0.8,
        upgradesPerYear: 0.1,
        promiseLogging: 0.35,
        promisesPerYear: 0.8,
        referencesPerYear: 0.03,
        activity: 0.8
    },
    neglected: {
        weight: 10,
        early: q(0.5, 0.5, 0.45, 0.45),
        late: q(0.45, 0.5, 0.4, 0.4),
        tenureDays: [200, 1460],
        enterpriseBias: 0.4,
        casesPerYear: 0.2,
        upgradesPerYear: 0.06,
        promiseLogging: 0.05,
        promisesPerYear: 0.2,
        referencesPerYear: 0.01,
        activity: 0.3
    },
    troubled: {
        weight: 9,
        early: q(0.5, 0.2, 0.4, 0.35),
        late: q(0.45, 0.12, 0.3, 0.25),
        tenureDays: [200, 1460],
        enterpriseBias: 1.3,
        casesPerYear: 1.6,
        upgradesPerYear: 0.1,
        promiseLogging: 0.45,
        promisesPerYear: 0.6,
        referencesPerYear: 0.03,
        activity: 1.2
    },
    eroding: {
        weight: 9,
        early: q(0.75, 0.7, 0.72, 0.7),
        late: q(0.12, 0.3, 0.18, 0.12),
        tenureDays: [500, 1460],
        enterpriseBias: 1.1,
        casesPerYear: 0.8,
        upgradesPerYear: 0.13,
        promiseLogging: 0.4,
        promisesPerYear: 0.48,
        referencesPerYear: 0.06,
        activity: 1
    },
    churned: {
        weight: 5,
        early: q(0.5, 0.45, 0.45, 0.4),
        late: q(0.08, 0.2, 0.12, 0.08),
        tenureDays: [430, 1460],
        enterpriseBias: 0.8,
        casesPerYear: 0.8,
        upgradesPerYear: 0.06,
        promiseLogging: 0.3,
        promisesPerYear: 0.4,
        referencesPerYear: 0.03,
        activity: 0.9
    },
    prospect: {
        weight: 3,
        early: q(0.4, 0.5, 0.5, 0.5),
        late: q(0.4, 0.5, 0.5, 0.5),
        tenureDays: [30, 900],
        enterpriseBias: 1,
        casesPerYear: 0,
        upgradesPerYear: 0,
        promiseLogging: 0.1,
        promisesPerYear: 0.2,
        referencesPerYear: 0,
        activity: 0.5
    }
};

export interface SegmentSpec {
    share: number;
    /** Median and log-space spread of a first deal's Amount. */
    dealMedian: number;
    dealSigma: number;
    /** Median days from creation to close of a won new-business deal. */
    cycleMedianDays: number;
    /** Contract term in months → weight. */
    termMonths: ReadonlyArray<readonly [number, number]>;
    /** Median activity scale (volumes of cases, upgrades, promises). */
    scaleMedian: number;
    /** Share of accounts with entitlements (and so CaseMilestones). */
    entitlements: number;
    /** Share of accounts whose renewals are tracked as opportunities. */
    renewalTracking: number;
    /** Share of those whose deals are also recorded as Contracts. */
    contracts: number;
}

export const SEGMENT_SPECS: Record<Segment, SegmentSpec> = {
    SMB: {
        share: 0.55,
        dealMedian: 9_000,
        dealSigma: 0.75,
        cycleMedianDays: 28,
        termMonths: [
            [12, 78],
            [24, 15],
            [36, 7]
        ],
        scaleMedian: 0.6,
        entitlements: 0.03,
        renewalTracking: 0.5,
        contracts: 0.7
    },
    MidMarket: {
        share: 0.3,
        dealMedian: 45_000,
        dealSigma: 0.7,
        cycleMedianDays: 60,
        termMonths: [
            [12, 50],
            [24, 30],
            [36, 20]
        ],
        scaleMedian: 1.2,
        entitlements: 0.15,
        renewalTracking: 0.85,
        contracts: 0.85
    },
    Enterprise: {
        share: 0.15,
        dealMedian: 220_000,
        dealSigma: 0.85,
        cycleMedianDays: 120,
        termMonths: [
            [12, 35],
            [24, 25],
            [36, 40]
        ],
        scaleMedian: 2.5,
        entitlements: 0.4,
        renewalTracking: 0.95,
        contracts: 0.95
    }
};

export const ARCHETYPE_CHOICE = new Weighted<Archetype>(
    ARCHETYPES.map((archetype) => [archetype, ARCHETYPE_SPECS[archetype].weight] as const)
);

/** Segment mix per archetype (Enterprise share scaled by the archetype's bias). */
export const SEGMENT_CHOICE: Record<Archetype, Weighted<Segment>> = Object.fromEntries(
    ARCHETYPES.map((archetype) => [
        archetype,
        new Weighted<Segment>(
            SEGMENTS.map(
                (segment) =>
                    [
                        segment,
                        SEGMENT_SPECS[segment].share *
                            (segment === 'Enterprise' ? ARCHETYPE_SPECS[archetype].enterpriseBias : 1)
                    ] as const
            )
        )
    ])
) as Record<Archetype, Weighted<Segment>>;

export const TERM_CHOICE: Record<Segment, Weighted<number>> = {
    SMB: new Weighted(SEGMENT_SPECS.SMB.termMonths),
    MidMarket: new Weighted(SEGMENT_SPECS.MidMarket.termMonths),
    Enterprise: new Weighted(SEGMENT_SPECS.Enterprise.termMonths)
};
