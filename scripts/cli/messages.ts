/** Every user-facing text of the CLI in one place. */

export const USAGE = `trust-ledger — customer trust scores from your CRM evidence

Usage:
  trust-ledger score --from <folder> [--as-of YYYY-MM-DD] [--model <file.json>]
                     [--format table|json|csv] [--out <file>]
  trust-ledger explain <accountId> --from <folder> [--as-of YYYY-MM-DD] [--model <file.json>]
  trust-ledger demo-data --accounts <n> --out <folder> [--seed <n>]
  trust-ledger model validate <file.json>
  trust-ledger start            score the bundled demo org and show the result

--from <folder> holds one CSV per object named by API name (Account.csv, Opportunity.csv,
OpportunityHistory.csv, Case.csv, CaseMilestone.csv, Contract.csv, Trust_Commitment__c.csv,
Customer_Reference__c.csv) with API field names as headers. A missing file means no evidence
of that kind. Exit codes: 0 ok, 2 bad input (nothing written), 1 unexpected failure.
`;

export const messages = {
    unknownCommand: (cmd: string) => `unknown command "${cmd}"`,
    missingOption: (option: string, command: string) => `${command} needs ${option}`,
    badFormat: (value: string) => `--format: "${value}" is not one of table, json, csv`,
    badAsOf: (value: string) => `--as-of: "${value}" is not a date YYYY-MM-DD`,
    badCount: (option: string, value: string) => `${option}: "${value}" is not a whole number ≥ 1`,
    notAFolder: (folder: string) => `--from: ${folder} is not a folder`,
    noAccountFile: (folder: string) =>
        `--from: ${folder} has no Account.csv; export Accounts with at least Id and Name`,
    modelUnreadable: (file: string, reason: string) => `--model: cannot read ${file}: ${reason}`,
    accountNotFound: (id: string) => `account ${id} is not in Account.csv`,
    orgPathLater:
        'scoring an org (--target-org / --instance-url) needs the local org and jsforce pipeline, which this build does not include yet; export CSVs and use --from',
    wrote: (file: string, accounts: number) =>
        `wrote ${accounts} account${accounts === 1 ? '' : 's'} to ${file}`,
    modelValid: (name: string, version: number) => `model "${name}" v${version} is valid`
};
