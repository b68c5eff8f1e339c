/** The name people read for a signal: the catalog's, or the label a model gives a custom signal. */
import { SIGNAL_LABELS, isSignalId } from './catalog';
import type { TrustModel } from './model';

/** Each model's custom labels by id, found once: every driver of every account asks. */
const customLabels = new WeakMap<TrustModel, Map<string, string>>();

export function signalLabel(model: TrustModel, id: string): string {
    if (isSignalId(id)) return SIGNAL_LABELS[id];
    let labels = customLabels.get(model);
    if (!labels)
        customLabels.set(model, (labels = new Map((model.customSignals ?? []).map((c) => [c.id, c.label]))));
    return labels.get(id) ?? id;
}
