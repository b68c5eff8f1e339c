/**
 * Area under the ROC curve of a score for "renewed": the chance that a renewing account
 * scores above a churning one, ties counting half (the Mann–Whitney U statistic over the
 * number of pairs). Computed from ranks in O(n log n), so a million outcomes cost no more
 * than sorting them.
 */

export interface Judged {
    score: number;
    renewed: boolean;
}

/** AUC in 0–1, or null when there is no renewed or no churned account to compare. */
export function rankAuc(items: readonly Judged[]): number | null {
    let positives = 0;
    for (const item of items) if (item.renewed) positives++;
    const negatives = items.length - positives;
    if (positives === 0 || negatives === 0) return null;
    const sorted = items.slice().sort((a, b) => a.score - b.score);
    // Sum of the renewed accounts' ranks, a tied group sharing its average rank.
    let rankSum = 0;
    let i = 0;
    while (i < sorted.length) {
        let j = i;
        while (j + 1 < sorted.length && (sorted[j + 1] as Judged).score === (sorted[i] as Judged).score) j++;
        const averageRank = (i + j + 2) / 2;
        for (let k = i; k <= j; k++) if ((sorted[k] as Judged).renewed) rankSum += averageRank;
        i = j + 1;
    }
    const u = rankSum - (positives * (positives + 1)) / 2;
    return u / (positives * negatives);
}
