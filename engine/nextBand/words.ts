/**
 * The next band's steps in English, for `explain` and anything else that prints a receipt
 * as text. The components word them with Custom Labels of their own, by action.
 */
import type { NextBand, NextBandAction } from '../result';

const ACTION_TEXT: Record<NextBandAction, (n: number) => string> = {
    deliverOverduePromises: (n) =>
        n === 1 ? 'Deliver the overdue promise' : `Deliver the ${n} overdue promises`,
    deliverOpenPromises: (n) =>
        n === 1
            ? 'Deliver the open promise before it is due'
            : `Deliver ${n} open promises before they are due`,
    resolveEscalations: (n) =>
        n === 1 ? 'Resolve the open escalation' : `Resolve the ${n} open escalations`,
    resolveOpenCases: (n) => (n === 1 ? 'Resolve the open case' : `Resolve ${n} open cases`),
    completeReferences: (n) =>
        n === 1 ? 'Complete the requested reference' : `Complete the ${n} requested references`
};

export function nextBandActionText(action: NextBandAction, records: number): string {
    return ACTION_TEXT[action](records);
}

/** "To reach Trusted:" and one line per step, or why there is none. */
export function nextBandLines(next: NextBand): string[] {
    if (next.steps.length === 0)
        return [`To reach ${next.band}: nothing in the account's open records would move the score today.`];
    const lines = [`To reach ${next.band}:`];
    for (const step of next.steps)
        lines.push(
            `  ${`+${step.points.toFixed(1)}`.padStart(6)}  ${nextBandActionText(step.action, step.recordIds.length)} (${step.recordIds.join(', ')})`
        );
    if (!next.reaches) lines.push(`  These alone do not reach ${next.band}; new evidence must do the rest.`);
    return lines;
}
