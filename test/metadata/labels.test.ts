import { loadPackageMetadata } from '../../tools/metadata/package';

const names = new Set(loadPackageMetadata().labels.map((label) => label.name));

/** Strings the Trust panel and the setup page need from day one (STYLE.md: no literals in templates). */
const REQUIRED_LABELS = [
    'TL_Panel_Title',
    'TL_Panel_Score',
    'TL_Panel_Band',
    'TL_Panel_Confidence',
    'TL_Panel_Pillars',
    'TL_Panel_Signals',
    'TL_Panel_Drivers',
    'TL_Panel_Trend',
    'TL_Panel_Commitments',
    'TL_Panel_Recalculate',
    'TL_Panel_Empty_Title',
    'TL_Panel_No_Access',
    'TL_Error_Title',
    'TL_Error_Load',
    'TL_Error_Save',
    'TL_Setup_Save',
    'TL_Setup_Preview',
    'TL_Setup_Signal_Weights',
    'TL_Setup_Pillar_Weights',
    'TL_Validation_Weight_Negative',
    'TL_Validation_Weights_All_Zero',
    'TL_Validation_Band_Order'
];

describe('custom labels', () => {
    it.each(REQUIRED_LABELS)('%s exists', (name) => {
        expect(names.has(name)).toBe(true);
    });

    it('has a name and question label for every pillar and a name for every signal', () => {
        for (const pillar of ['Understanding', 'Reliability', 'Capability', 'Fairness']) {
            expect(names.has(`TL_Pillar_${pillar}`) && names.has(`TL_Pillar_${pillar}_Question`)).toBe(true);
        }
        const signals = [
            'Renewal_Timeliness',
            'Deal_Velocity',
            'Reference_Quality',
            'Win_Rate',
            'Expansion',
            'Promise_Keeping',
            'Support_Responsiveness',
            'Case_Health',
            'Disputes'
        ];
        for (const signal of signals) expect(names.has(`TL_Signal_${signal}`)).toBe(true);
    });
});
