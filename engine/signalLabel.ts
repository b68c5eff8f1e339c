/** The name people read for a signal: the catalog's, or the label a model gives a custom signal. */
import { SIGNAL_LABELS, isSignalId } from './catalog';
import type { TrustModel } from './model';

export function signalLabel(model: TrustModel, id: string): string {
    if (isSignalId(id)) return SIGNAL_LABELS[id];
    return model.customSignals?.find((c) => c.id === id)?.label ?? id;
}
