import { contractValue } from '../contractValue';
import {
    emptyEvidence,
    type AccountEvidence,
    type ContractRecord,
    type OpportunityRecord
} from '../evidence';
import { defaultModel } from '../model';

const model = defaultModel();
const AS_OF = 20_000;

const opp = (over: Partial<OpportunityRecord>): OpportunityRecord => ({
    id: '006A',
    accountId: '001A',
    type: null,
    stageName: 'Closed Won',
    isClosed: true,
    isWon: true,
    amount: 1000,
    createdDate: null,
    closeDate: AS_OF - 100,
    contractId: null,
    renewedContractId: null,
    ...over
});

const contract = (over: Partial<ContractRecord>): ContractRecord => ({
    id: '800A',
    accountId: '001A',
    startDate: AS_OF - 200,
    endDate: AS_OF + 165,
    status: 'Activated',
    ...over
});

const evidence = (opportunities: OpportunityRecord[], contracts: ContractRecord[] = []): AccountEvidence => ({
    ...emptyEvidence({ id: '001A', name: 'A' }),
    opportunities,
    contracts
});

describe('contractValue', () => {
    it('sums the won opportunities of the contracts in force', () => {
        const e = evidence(
            [
                opp({ id: '006A', contractId: '800A', amount: 1200 }),
                opp({ id: '006B', contractId: '800B', amount: 300 }),
                opp({ id: '006C', contractId: '800A', amount: 999, isWon: false }),
                opp({ id: '006D', contractId: '800X', amount: 5000 })
            ],
            [contract({ id: '800A' }), contract({ id: '800B' }), contract({ id: '800X', endDate: AS_OF - 1 })]
        );
        expect(contractValue(e, model, AS_OF)).toBe(1500);
    });

    it('leaves out contracts in draft or not started yet', () => {
        const e = evidence(
            [opp({ id: '006A', contractId: '800A' }), opp({ id: '006B', contractId: '800B' })],
            [contract({ id: '800A', status: 'Draft' }), contract({ id: '800B', startDate: AS_OF + 1 })]
        );
        expect(contractValue(e, model, AS_OF)).toBeNull();
    });

    it('falls back on the latest won renewal without a contract in force', () => {
        const e = evidence([
            opp({ id: '006A', type: 'Renewal', amount: 800, closeDate: AS_OF - 400 }),
            opp({ id: '006B', type: 'Renewal', amount: 900, closeDate: AS_OF - 30 }),
            opp({ id: '006C', type: 'Renewal', amount: 5000, closeDate: AS_OF + 30 }),
            opp({ id: '006D', type: 'New Business', amount: 7000, closeDate: AS_OF - 5 })
        ]);
        expect(contractValue(e, model, AS_OF)).toBe(900);
    });

    it('is unknown without contracts or won renewals, and for a zero amount', () => {
        expect(contractValue(evidence([opp({ type: 'New Business' })]), model, AS_OF)).toBeNull();
        expect(contractValue(evidence([opp({ type: 'Renewal', amount: 0 })]), model, AS_OF)).toBeNull();
    });
});
