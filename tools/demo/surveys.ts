/**
 * Survey answers for the demo org (`demo-data --surveys`): a `Survey_Response__c.csv` of NPS
 * (0–10) and CSAT (1–5) answers, the evidence of the NPS and CSAT recipes
 * (docs/custom-signals.md). Answers follow the account's archetype with a wide spread, as real
 * surveys do: a happy customer sometimes answers 6, an unhappy one sometimes 9.
 */
import { formatDay } from '../../engine/dates';
import type { Archetype } from './archetypes';
import type { EvidenceFile } from './evidenceFile';
import { mixSeed, Random } from './random';
import { clamp, levelAt, type Trend } from './trend';

export const SURVEY_OBJECT = 'Survey_Response__c';
export const SURVEY_HEADER = ['Id', 'Account__c', 'Responded_On__c', 'NPS__c', 'CSAT__c', 'Type__c'] as const;

/** Answers come from the last two years. */
export const SURVEY_DAYS = 730;
/** Keeps survey streams apart from the account's own. */
const SURVEY_STREAM = 0x73757276;

interface SurveyHabit {
    /** Mean NPS answer at the start and the end of the two years. */
    nps: Trend;
    /** Mean CSAT answer likewise. */
    csat: Trend;
    /** Chance that an NPS survey (twice a year) is answered. */
    answers: number;
}

const HABITS: Record<Archetype, SurveyHabit | null> = {
    exemplary: { nps: [8.8, 9.1], csat: [4.6, 4.7], answers: 0.8 },
    healthy: { nps: [7.9, 8.2], csat: [4.2, 4.3], answers: 0.7 },
    steady: { nps: [7, 7], csat: [3.8, 3.8], answers: 0.55 },
    young: { nps: [7.6, 7.6], csat: [4, 4], answers: 0.6 },
    neglected: { nps: [6.5, 5.8], csat: [3.6, 3.3], answers: 0.25 },
    troubled: { nps: [5.5, 4.5], csat: [3, 2.6], answers: 0.6 },
    eroding: { nps: [8, 3.5], csat: [4.2, 2.4], answers: 0.65 },
    churned: { nps: [4, 2.5], csat: [2.6, 2], answers: 0.4 },
    // Not a customer yet: nobody surveys it.
    prospect: null
};

/** NPS surveys go out twice a year; CSAT follows support contacts, a few a year. */
const NPS_EVERY_DAYS = 182;
const CSAT_PER_YEAR = 3;
const NPS_SPREAD = 1.8;
const CSAT_SPREAD = 0.8;

const surveyLines: EvidenceFile['lines'] = (account, index, seed, referenceDay, ids) => {
    const habit = HABITS[account.archetype];
    if (habit === null) return [];
    const random = new Random(mixSeed(seed ^ SURVEY_STREAM, index));
    const start = referenceDay - SURVEY_DAYS;
    const answers: { day: number; line: (id: string) => string }[] = [];
    for (let day = start + random.int(0, NPS_EVERY_DAYS - 1); day < referenceDay; day += NPS_EVERY_DAYS) {
        if (!random.chance(habit.answers)) continue;
        const mean = levelAt(habit.nps, (day - start) / SURVEY_DAYS);
        const nps = Math.round(clamp(mean + NPS_SPREAD * random.normal(), 0, 10));
        answers.push({ day, line: (id) => `${id},${account.id},${formatDay(day)},${nps},,NPS` });
    }
    const csatCount = random.poisson((CSAT_PER_YEAR * SURVEY_DAYS) / 365);
    for (let i = 0; i < csatCount; i++) {
        const day = start + random.int(0, SURVEY_DAYS - 1);
        const mean = levelAt(habit.csat, (day - start) / SURVEY_DAYS);
        const csat = Math.round(clamp(mean + CSAT_SPREAD * random.normal(), 1, 5));
        answers.push({ day, line: (id) => `${id},${account.id},${formatDay(day)},,${csat},CSAT` });
    }
    // Ids are handed out in the order the answers arrived, as inserts would.
    answers.sort((a, b) => a.day - b.day);
    return answers.map((answer) => answer.line(ids.next(SURVEY_OBJECT)));
};

export const SURVEYS: EvidenceFile = { object: SURVEY_OBJECT, header: SURVEY_HEADER, lines: surveyLines };
