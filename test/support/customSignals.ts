/**
 * The custom signal of the model's documented example (docs/custom-signals.md): product usage
 * from `Product_Usage__c`, seat rows only. Tests vary it with a spread.
 */
import type { CustomSignalSetting } from '../../engine/signals/customSetting';

export const USAGE_SIGNAL: Readonly<CustomSignalSetting> = Object.freeze({
    id: 'productUsage',
    label: 'Product usage',
    pillar: 'capability',
    weight: 3,
    enabled: true,
    object: 'Product_Usage__c',
    accountField: 'Account__c',
    dateField: 'Week__c',
    valueField: 'Active_Users__c',
    aggregate: 'average',
    scale: Object.freeze({ bad: 0, good: 100 }),
    filter: Object.freeze({ Type__c: Object.freeze(['Seats']) as string[] })
});
