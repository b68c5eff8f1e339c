/** The four pillars and the nine signals of the default catalog (docs/architecture.md). */

export const PILLAR_IDS = ['understanding', 'reliability', 'capability', 'fairness'] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

export const SIGNAL_IDS = [
    'renewalTimeliness',
    'dealVelocity',
    'referenceQuality',
    'winRate',
    'expansion',
    'promiseKeeping',
    'supportResponsiveness',
    'caseHealth',
    'disputes'
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/** The customer's question each pillar answers. */
export const PILLAR_QUESTIONS: Record<PillarId, string> = {
    understanding: 'Do you understand what I need?',
    reliability: 'Will you do what you say?',
    capability: 'Do you have what it takes?',
    fairness: 'Will you be fair and accountable?'
};

export const SIGNAL_LABELS: Record<SignalId, string> = {
    renewalTimeliness: 'Renewal timeliness',
    dealVelocity: 'Deal velocity',
    referenceQuality: 'Reference quality',
    winRate: 'Win rate',
    expansion: 'Expansion',
    promiseKeeping: 'Promise keeping',
    supportResponsiveness: 'Support responsiveness',
    caseHealth: 'Case health',
    disputes: 'Disputes'
};

/** `Trust_Score__c` field that stores each signal (part of the data-model contract). */
export const SIGNAL_FIELDS: Record<SignalId, string> = {
    renewalTimeliness: 'Renewal_Timeliness__c',
    dealVelocity: 'Deal_Velocity__c',
    referenceQuality: 'Reference_Quality__c',
    winRate: 'Win_Rate__c',
    expansion: 'Expansion__c',
    promiseKeeping: 'Promise_Keeping__c',
    supportResponsiveness: 'Support_Responsiveness__c',
    caseHealth: 'Case_Health__c',
    disputes: 'Disputes__c'
};

export const PILLAR_FIELDS: Record<PillarId, string> = {
    understanding: 'Understanding__c',
    reliability: 'Reliability__c',
    capability: 'Capability__c',
    fairness: 'Fairness__c'
};

/** Asked for every signal of every scoring, custom ones included: a set answers without a scan. */
const SIGNAL_ID_SET: ReadonlySet<string> = new Set(SIGNAL_IDS);

export function isSignalId(value: string): value is SignalId {
    return SIGNAL_ID_SET.has(value);
}

export function isPillarId(value: string): value is PillarId {
    return (PILLAR_IDS as readonly string[]).includes(value);
}
