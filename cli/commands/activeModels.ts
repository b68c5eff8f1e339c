/**
 * The org's active models as `model pull` and `model list` name them: in the order an account
 * is matched against them (Priority__c, the default last), each with who it scores.
 */
import type { TrustModel } from '../../engine/model';
import type { ActiveModel } from '../../batch/org/modelStore';
import { inertText } from '../../batch/output/terminalText';
import { activeModelMessages as m } from '../messages';

/** One active model in words, `position` counted from 1; record text made inert for the terminal. */
export function activeModelLine(record: ActiveModel, position: number): string {
    const { model } = record;
    const segment = model.segment
        ? { field: inertText(model.segment.field), values: model.segment.values.map(inertText) }
        : null;
    return m.line(position, inertText(model.name), model.version, segment, record.priority, record.recordId);
}

/** What `--json` returns for one active model. */
export function activeModelJson(record: ActiveModel, position: number) {
    const { name, version, segment } = record.model;
    return {
        position,
        name,
        version,
        segment: segment ?? null,
        priority: record.priority,
        recordId: record.recordId
    };
}

/**
 * The file `model pull --out-dir` writes a model to: its place in the order, zero-padded so the
 * files list in that order, then its name in lower case with anything but letters and digits
 * as hyphens. The name is an admin's text: no separator, dot or control character reaches
 * the path, and the number keeps two models of similar names apart.
 */
export function pulledFileName(position: number, count: number, model: TrustModel): string {
    const digits = Math.max(2, String(count).length);
    const slug = model.name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60)
        .replace(/-+$/, '');
    return `${String(position).padStart(digits, '0')}-${slug || 'model'}.json`;
}
