import { reduceErrors, errorCodes, isAccessError, unknownObjects } from 'c/ldsUtils';

// Shapes as Lightning Data Service and the UI API GraphQL wire report them: a UI API record
// error ({status, body: {message, errorCode} | [{message, errorCode}] | {output}}), a GraphQL
// error ({message, locations, extensions}) and JavaScript errors.
const DUPLICATE = {
    status: 400,
    statusText: 'Bad Request',
    body: {
        message: 'An error occurred while trying to update the record. Please try again.',
        output: {
            errors: [
                {
                    errorCode: 'DUPLICATE_VALUE',
                    message:
                        'duplicate value found: Key__c duplicates value on record with id: a03000000000001'
                }
            ],
            fieldErrors: {}
        }
    }
};
const FIELD_ERROR = {
    status: 400,
    body: {
        message: 'Check the fields.',
        output: {
            errors: [],
            fieldErrors: {
                Delivered_On__c: [
                    { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Enter the delivery date.' }
                ]
            }
        }
    }
};
const NO_ACCESS = {
    status: 403,
    body: [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'insufficient access rights on object id' }]
};
const GRAPHQL_FLS = {
    message:
        "Validation error of type FieldUndefined: Field 'Score__c' in type 'Trust_Score__c' is undefined @ 'uiapi/query/Trust_Score__c/edges/node/Score__c'",
    locations: [{ line: 12, column: 9 }],
    extensions: { classification: 'ValidationError' }
};

describe('c-lds-utils', () => {
    describe('reduceErrors', () => {
        it('reads the message and every output error of a UI API record error', () => {
            expect(reduceErrors(DUPLICATE)).toEqual([
                'An error occurred while trying to update the record. Please try again.',
                'duplicate value found: Key__c duplicates value on record with id: a03000000000001'
            ]);
        });

        it('reads field errors', () => {
            expect(reduceErrors(FIELD_ERROR)).toEqual(['Check the fields.', 'Enter the delivery date.']);
        });

        it('reads a body that is a list, GraphQL errors, JavaScript errors and strings, without repeats', () => {
            expect(reduceErrors([NO_ACCESS, GRAPHQL_FLS, new Error('boom'), 'plain', 'plain'])).toEqual([
                'insufficient access rights on object id',
                GRAPHQL_FLS.message,
                'boom',
                'plain'
            ]);
        });

        it('reads page errors and falls back to the status text', () => {
            expect(reduceErrors({ body: { pageErrors: [{ message: 'Locked' }] } })).toEqual(['Locked']);
            expect(reduceErrors({ status: 500, statusText: 'Server Error', body: {} })).toEqual([
                'Server Error'
            ]);
        });

        it('gives nothing for nothing', () => {
            expect(reduceErrors(undefined)).toEqual([]);
            expect(reduceErrors([null, {}])).toEqual([]);
        });
    });

    it('lists the error codes', () => {
        expect(errorCodes(DUPLICATE)).toEqual(['DUPLICATE_VALUE']);
        expect(errorCodes([NO_ACCESS, new Error('x')])).toEqual(['INSUFFICIENT_ACCESS']);
    });

    it('tells a lack of access from a failure', () => {
        expect(isAccessError(NO_ACCESS)).toBe(true);
        expect(isAccessError([GRAPHQL_FLS])).toBe(true);
        expect(isAccessError(DUPLICATE)).toBe(false);
        expect(isAccessError(new TypeError('x is undefined'))).toBe(false);
        expect(isAccessError([])).toBe(false);
    });

    it('does not blame the user for a standard object the org does not have', () => {
        const noMilestones = {
            message:
                "Validation error of type FieldUndefined: Field 'CaseMilestone' in type 'RecordQuery' is undefined @ 'uiapi/query/CaseMilestone'",
            extensions: { classification: 'ValidationError' }
        };
        const noScores = {
            message:
                "Validation error of type FieldUndefined: Field 'Trust_Score__c' in type 'RecordQuery' is undefined @ 'uiapi/query/Trust_Score__c'",
            extensions: { classification: 'ValidationError' }
        };
        expect(isAccessError([noMilestones])).toBe(false);
        expect(unknownObjects([noMilestones, noMilestones])).toEqual(['CaseMilestone']);
        // The package's own objects are always installed: undefined means no access.
        expect(isAccessError([noScores])).toBe(true);
        expect(unknownObjects([noScores, GRAPHQL_FLS])).toEqual([]);
    });
});
