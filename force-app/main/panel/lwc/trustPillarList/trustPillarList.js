import { LightningElement, api } from 'lwc';
import { formatLabel, isPlainClick } from 'c/trustPanelUtils';
import PILLARS from '@salesforce/label/c.TL_Panel_Pillars';
import SIGNALS from '@salesforce/label/c.TL_Panel_Signals';
import NO_EVIDENCE from '@salesforce/label/c.TL_Panel_No_Signal_Evidence';
import SCORE_OUT_OF from '@salesforce/label/c.TL_Panel_Score_Out_Of';
import SIGNAL_CONFIDENCE from '@salesforce/label/c.TL_Panel_Signal_Confidence';
import DETAIL_JOIN from '@salesforce/label/c.TL_Panel_Detail_Join';
import MORE_EVIDENCE from '@salesforce/label/c.TL_Panel_More_Evidence';
import OPEN_RECORD from '@salesforce/label/c.TL_Panel_Open_Record';

/**
 * Presentational: the four pillars, each with its score and the customer's question, and
 * under each the signals that feed it. A signal or pillar without evidence says so instead
 * of showing a zero. Evidence records are links; opening one is left to the container
 * (`openrecord` event) so navigation stays in one place.
 *
 * @fires TrustPillarList#openrecord detail `{ recordId }`
 */
export default class TrustPillarList extends LightningElement {
    /** Pillar rows from `pillarRows` (c/trustPanelUtils): `{id, name, question, score, scoreText, hasEvidence, signals[]}`. */
    @api pillars = [];
    /** Whether each pillar's signals start folded away (App Builder setting). */
    @api collapsed = false;

    label = { pillars: PILLARS, signals: SIGNALS, noEvidence: NO_EVIDENCE, openRecord: OPEN_RECORD };
    /** Pillar ids the user opened or closed, overriding `collapsed`. */
    toggled = {};

    isOpen(id) {
        return this.toggled[id] ?? !this.collapsed;
    }

    get rows() {
        return (this.pillars ?? []).map((pillar) => {
            const open = this.isOpen(pillar.id);
            return {
                ...pillar,
                open,
                ariaExpanded: open ? 'true' : 'false',
                listId: `signals-${pillar.id}`,
                headingId: `pillar-${pillar.id}`,
                icon: open ? 'utility:chevrondown' : 'utility:chevronright',
                valueText: pillar.hasEvidence ? formatLabel(SCORE_OUT_OF, pillar.scoreText) : NO_EVIDENCE,
                barStyle: `width: ${pillar.hasEvidence ? Math.max(0, Math.min(100, pillar.score)) : 0}%`,
                signals: pillar.signals.map((signal) => ({
                    ...signal,
                    valueText: signal.hasEvidence ? formatLabel(SCORE_OUT_OF, signal.scoreText) : NO_EVIDENCE,
                    valueClass: signal.hasEvidence ? 'slds-text-title' : 'slds-text-color_weak no-evidence',
                    detailText: detailText(signal),
                    linkedEvidence: signal.evidence
                        .filter((item) => item.recordId)
                        .map((item) => ({
                            ...item,
                            href: item.url ?? '#',
                            text: item.summary || item.object || OPEN_RECORD
                        })),
                    moreText: signal.moreCount > 0 ? formatLabel(MORE_EVIDENCE, signal.moreCount) : null
                }))
            };
        });
    }

    toggle(event) {
        const id = event.currentTarget.dataset.id;
        this.toggled = { ...this.toggled, [id]: !this.isOpen(id) };
    }

    openRecord(event) {
        // Ctrl/Cmd/Shift-click and middle-click open the link's URL as the browser does.
        if (!isPlainClick(event)) return;
        event.preventDefault();
        this.dispatchEvent(
            new CustomEvent('openrecord', { detail: { recordId: event.currentTarget.dataset.recordId } })
        );
    }
}

/** A signal's summary and confidence, joined by a label so a translation sets the order. */
function detailText(signal) {
    const confidence =
        signal.hasEvidence && signal.confidenceText
            ? formatLabel(SIGNAL_CONFIDENCE, signal.confidenceText)
            : null;
    if (signal.summary && confidence) return formatLabel(DETAIL_JOIN, signal.summary, confidence);
    return signal.summary || confidence || '';
}
