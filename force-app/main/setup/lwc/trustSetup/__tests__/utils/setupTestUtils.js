/**
 * Helpers shared by the Trust Ledger Setup tests (not a test file itself).
 */
// Label text and promise flushing come from the helpers all component tests share.
const { label, flushPromises } = require('../../../../../../test/lwcTestUtils');

/**
 * `c/trustSetupLabels` with each label's real English value instead of sfdx-lwc-jest's
 * `c.TL_…` placeholder, so tests read what an admin reads. Use as
 * `jest.mock('c/trustSetupLabels', () => require('…/setupTestUtils').realLabelsModule())`.
 */
function realLabelsModule() {
    const actual = jest.requireActual('c/trustSetupLabels');
    const labels = {};
    for (const [key, placeholder] of Object.entries(actual.LABELS)) {
        // Unmocked, sfdx-lwc-jest resolves a label import to its name: `c.TL_…`.
        labels[key] = label(String(placeholder).replace(/^c\./, ''));
    }
    return { ...actual, LABELS: Object.freeze(labels), ...actual.labelHelpers(labels) };
}

/**
 * Records the message each base input is given with `setCustomValidity`, by the input's
 * label (the sfdx-lwc-jest stubs render nothing, so this is how a test sees the inline
 * error an admin sees under the field).
 */
function recordFieldMessages(...stubClasses) {
    const messages = new Map();
    for (const Stub of stubClasses) {
        Object.defineProperty(Stub.prototype, 'setCustomValidity', {
            configurable: true,
            writable: true,
            value(message) {
                messages.set(this.label, message);
            }
        });
    }
    return messages;
}

/** Flushes until `condition()` holds (file reads finish on a later tick than promises); fails after `tries`. */
async function waitFor(condition, tries = 50) {
    for (let i = 0; i < tries; i++) {
        if (condition()) return;
        // eslint-disable-next-line no-await-in-loop
        await flushPromises();
    }
    throw new Error('waitFor: condition never held');
}

/** Sets a base component's value and fires the `change` event it fires in the browser. */
function changeValue(element, detail) {
    Object.assign(element, detail);
    element.dispatchEvent(new CustomEvent('change', { detail }));
}

module.exports = { waitFor, flushPromises, realLabelsModule, recordFieldMessages, changeValue };
