import type { SignalId } from '../catalog';
import type { AccountEvidence } from '../evidence';
import type { SignalContext, SignalOutcome } from './common';
import { caseHealth } from './caseHealth';
import { dealVelocity } from './dealVelocity';
import { disputes } from './disputes';
import { expansion } from './expansion';
import { promiseKeeping } from './promiseKeeping';
import { referenceQuality } from './referenceQuality';
import { renewalTimeliness } from './renewalTimeliness';
import { supportResponsiveness } from './supportResponsiveness';
import { winRate } from './winRate';

export type SignalFunction = (evidence: AccountEvidence, ctx: SignalContext) => SignalOutcome;

export const SIGNALS: Record<SignalId, SignalFunction> = {
    renewalTimeliness,
    dealVelocity,
    referenceQuality,
    winRate,
    expansion,
    promiseKeeping,
    supportResponsiveness,
    caseHealth,
    disputes
};

export type { SignalContext, SignalOutcome } from './common';
export { evaluationTime, modelIndex, lossAversionFactor } from './common';
