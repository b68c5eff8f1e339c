// The override write flow the Trust panel drives, without the DOM: state, one write at a time,
// the re-read after a write, and a failure kept for the panel's error pattern.
const { mockLabels } = require('../../../../../test/lwcTestUtils');

mockLabels();
const { createRecord, updateRecord } = require('lightning/uiRecordApi');
const { parseDay } = require('c/trustEngine');
const { IDLE_OVERRIDE_EDIT, OverrideEditor } = require('../overrideEditor');

const DRAFT = { band: 'Trusted', reason: 'Sponsor signed', expiresOn: '2026-07-15' };

function editor() {
    const host = { reread: jest.fn(() => Promise.resolve()), changed: jest.fn(), done: jest.fn() };
    return { host, edit: new OverrideEditor(host) };
}

describe('OverrideEditor', () => {
    beforeEach(() => jest.clearAllMocks());

    it('opens and closes the form', () => {
        const { host, edit } = editor();
        expect(edit.state).toBe(IDLE_OVERRIDE_EDIT);
        edit.open();
        expect(host.changed).toHaveBeenLastCalledWith({ editing: true, busy: false, problem: null });
        edit.cancel();
        expect(edit.state.editing).toBe(false);
    });

    it('saves a new override, closes the form, says so and re-reads the panel', async () => {
        createRecord.mockResolvedValue({ id: 'a0O1' });
        const { host, edit } = editor();
        edit.open();
        await edit.save('001A', DRAFT);
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Trust_Override__c',
            fields: {
                Account__c: '001A',
                Band__c: 'Trusted',
                Reason__c: 'Sponsor signed',
                Expires_On__c: '2026-07-15'
            }
        });
        expect(edit.state).toEqual({ editing: false, busy: false, problem: null });
        expect(host.done).toHaveBeenCalledWith('Band overridden: Trusted');
        expect(host.reread).toHaveBeenCalledTimes(1);
    });

    it('ends an override by expiring it the day before today', async () => {
        updateRecord.mockResolvedValue({});
        const { host, edit } = editor();
        await edit.end('a0O1', parseDay('2026-06-30'));
        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: 'a0O1', Expires_On__c: '2026-06-29' } });
        expect(host.done).toHaveBeenCalledWith('Override ended: the computed band applies again');
    });

    it('keeps the form open with the failure, and re-reads nothing', async () => {
        const failure = { body: { message: 'refused' } };
        createRecord.mockRejectedValue(failure);
        const { host, edit } = editor();
        edit.open();
        await edit.save('001A', DRAFT);
        expect(edit.state).toEqual({
            editing: true,
            busy: false,
            problem: { message: 'The override could not be saved.', errors: failure }
        });
        expect(host.done).not.toHaveBeenCalled();
        expect(host.reread).not.toHaveBeenCalled();
    });

    it('sends one write at a time', async () => {
        let finish;
        createRecord.mockReturnValue(new Promise((resolve) => (finish = resolve)));
        const { edit } = editor();
        const first = edit.save('001A', DRAFT);
        expect(edit.state.busy).toBe(true);
        await edit.save('001A', DRAFT);
        await edit.end('a0O1', parseDay('2026-06-30'));
        finish({ id: 'a0O1' });
        await first;
        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(updateRecord).not.toHaveBeenCalled();
    });
});
