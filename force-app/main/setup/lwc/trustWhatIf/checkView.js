/**
 * The predictive check's state (checkRun.js) in the admin's words: which of its states to
 * show and the sentences of each. Pure, so the container keeps one getter for it.
 */
import { MIN_OUTCOMES, formatDay } from 'c/trustEngine';
import { LABELS, formatLabel, modelFieldName } from 'c/trustSetupLabels';

const auc = (value) => value.toFixed(2);

function verdict(result) {
    const draft = auc(result.draftAuc);
    const active = auc(result.activeAuc);
    if (draft === active) return LABELS.WhatIf_Check_Same;
    return Number(draft) > Number(active) ? LABELS.WhatIf_Check_Better : LABELS.WhatIf_Check_Worse;
}

/**
 * The result sentence around its date, which `lightning-formatted-date-time` shows in the
 * user's locale: the label's text before `{3}`, the day, and the text after it.
 */
function resultParts(result, window) {
    const [before, after = ''] = formatLabel(
        LABELS.WhatIf_Check_Result,
        auc(result.draftAuc),
        auc(result.activeAuc),
        result.judged
    ).split('{3}');
    return { before, day: formatDay(window.asOf), after };
}

/**
 * @param {object} check IDLE_CHECK's shape
 * @param {string[]} needsEvidence the draft's changes stored signal scores cannot answer
 */
export function checkView(check, needsEvidence = []) {
    const days = check.window?.horizonDays;
    const view = {
        shown: check.phase !== 'idle',
        loading: check.phase === 'loading',
        failed: check.phase === 'failed',
        cancelled: check.phase === 'cancelled',
        loadingText: formatLabel(LABELS.WhatIf_Check_Loading, days, check.accountsRead),
        errors: check.errors,
        noReceipts: false,
        tooFew: false,
        hasAuc: false
    };
    const result = check.phase === 'ready' ? check.result : undefined;
    if (!result) return view;
    if (result.withReceipt === 0) {
        return {
            ...view,
            noReceipts: true,
            noReceiptsText: formatLabel(LABELS.WhatIf_Check_No_Receipts, days)
        };
    }
    const scope = check.window.fromBacktest
        ? LABELS.WhatIf_Check_Horizon_Stored
        : LABELS.WhatIf_Check_Horizon_Default;
    const details = {
        scopeText: formatLabel(scope, days, result.leftOut, result.withReceipt),
        cappedText: check.capped ? formatLabel(LABELS.WhatIf_Check_Capped, check.accountsRead) : null,
        weightsOnlyText:
            needsEvidence.length > 0
                ? formatLabel(LABELS.WhatIf_Check_Weights_Only, needsEvidence.map(modelFieldName).join(', '))
                : null
    };
    if (result.tooFewOutcomes) {
        return {
            ...view,
            ...details,
            tooFew: true,
            tooFewText: formatLabel(
                LABELS.WhatIf_Check_Too_Few,
                result.judged,
                result.renewed,
                result.churned,
                days,
                MIN_OUTCOMES
            )
        };
    }
    return {
        ...view,
        ...details,
        hasAuc: true,
        result: resultParts(result, check.window),
        verdict: verdict(result)
    };
}
