/** Every user-facing text of the CLI in one place. */

export const USAGE = `trust-ledger — customer trust scores from your CRM evidence

Usage:
  trust-ledger score --from <folder> [--as-of YYYY-MM-DD] [--model <file.json>]
                     [--format table|json|csv] [--out <file>] [--skip-unknown-accounts]
  trust-ledger score --target-org <alias|username> | --instance-url <url> --access-token <t>
                     [--as-of …] [--bulk] [--dry-run] [--only-changed-since <date>]
                     [--format table|json|csv] [--out <file>]
  trust-ledger explain <accountId> (--from <folder> | --target-org … | --instance-url … --access-token …)
                     [--as-of YYYY-MM-DD] [--model <file.json>] [--skip-unknown-accounts]
  trust-ledger demo-data --accounts <n> --out <folder> [--seed <n>]
  trust-ledger demo-data load --from <folder> (--target-org … | --instance-url … --access-token …) [--json]
                     create the export's records in an org (ids remapped; re-running adds nothing)
  trust-ledger model validate <file.json>
  trust-ledger model pull (--target-org … | --instance-url … --access-token …) [--out <file.json>]
  trust-ledger model push <file.json> (--target-org … | --instance-url … --access-token …) [--notes <text>]
  trust-ledger local-org start [--port <n>] [--data <folder>] [--store <folder>] [--reimport]
                     [--fault-rate <0..1>] [--seed <n>] [--audit-fields] [--json]
  trust-ledger backtest (--from <folder> | --target-org … | --instance-url … --access-token …)
                     (--as-of <day>[,<day>…] | --since <day> --every <months>) --horizon-days <n>
                     [--model <file.json>] [--format table|json] [--bulk] [--store]
                     how well the score on past days ranked the renewals that followed
  trust-ledger calibrate (--from <folder> | --target-org … | --instance-url … --access-token …)
                     (--as-of … | --since … --every …) --horizon-days <n> [--model <base.json>]
                     --out <model.json>
                     learn weights that rank those renewals better (never activates them)
  trust-ledger start            score the bundled demo org through the embedded local org

--from <folder> holds one CSV per object named by API name (Account.csv, Opportunity.csv,
OpportunityHistory.csv, Case.csv, CaseMilestone.csv, Contract.csv, Trust_Commitment__c.csv,
Customer_Reference__c.csv) with API field names as headers. A missing file means no evidence
of that kind. SF_INSTANCE_URL and SF_ACCESS_TOKEN stand in for --instance-url/--access-token.
--only-changed-since takes a date (midnight UTC) or a datetime with Z or an offset
(2026-06-01T08:00:00Z, 2026-06-01T10:00:00+02:00); a datetime without one is refused.
Exit codes: 0 ok, 2 bad input (nothing written), 3 stopped early by the org's API limit or
because another run of the same org and day is under way (re-run to resume), 1 unexpected failure.
`;

export const messages = {
    unknownCommand: (shown: string) => `unknown command ${shown}`,
    unexpectedArgument: (shown: string) =>
        `unexpected argument ${shown}: this command takes no value there; is an option name missing before it?`,
    missingOption: (option: string, command: string) => `${command} needs ${option}`,
    badFormat: (value: string) => `--format: "${value}" is not one of table, json, csv`,
    badAsOf: (value: string) => `--as-of: "${value}" is not a date YYYY-MM-DD`,
    badDay: (flag: string, value: string) => `${flag}: "${value}" is not a date YYYY-MM-DD`,
    badHorizon: (value: string) => `--horizon-days: "${value}" is not a whole number of days ≥ 1`,
    asOfAndSince: '--as-of lists the days; --since and --every make a series: give one of them',
    noDatedRecords: '--from/--target-org: the data has no dated records, so there is nothing to look back on',
    asOfAfterNewest: (day: string, newest: string) =>
        `--as-of: ${day} is after the data's newest record (${newest}); nothing is known yet about what followed it`,
    sinceTooLate: (since: string, horizon: number, newest: string) =>
        `--since: no as-of day from ${since} leaves a whole ${horizon}-day window before the newest record (${newest}); start earlier or shorten --horizon-days`,
    badBacktestFormat: (value: string) => `--format: "${value}" is not one of table, json`,
    storeNeedsOrg: '--store saves the result on the model in an org: give --target-org or --instance-url',
    storeNoModel:
        '--store: the org has no active Trust_Model__c to store the backtest on; push one with `trust-ledger model push`',
    storeNoVersion: (version: number) =>
        `--store: the org has no Trust_Model__c version ${version} (the version in --model); push it with \`trust-ledger model push\` first`,
    badSince: (value: string) =>
        `--only-changed-since: "${value}" is not a date YYYY-MM-DD or an ISO datetime such as 2026-06-01T08:00:00Z`,
    sinceWithoutZone: (value: string) =>
        `--only-changed-since: "${value}" has no time zone; add Z for UTC (${value}Z) or an offset such as +02:00 (a plain date YYYY-MM-DD means midnight UTC)`,
    orgRejected: (code: string, message: string) => `the org refused the request (${code}): ${message}`,
    jwtAndSession:
        'the JWT flags (--client-id, --jwt-key-file, --username) log in on their own: leave out --target-org, --instance-url and --access-token',
    jwtMissing: (flag: string, env: string) => `a JWT login needs ${flag} (or ${env})`,
    fromAndOrg: '--from reads a CSV export; --target-org and --instance-url read an org: give one of them',
    badCount: (option: string, value: string) => `${option}: "${value}" is not a whole number ≥ 1`,
    notAFolder: (folder: string) => `--from: ${folder} is not a folder`,
    noAccountFile: (folder: string) =>
        `--from: ${folder} has no Account.csv; export Accounts with at least Id and Name`,
    modelUnreadable: (file: string, reason: string) => `--model: cannot read ${file}: ${reason}`,
    accountNotFound: (id: string) => `account ${id} is not in Account.csv`,
    unknownParent: (id: string, parentFile: string, rows: number) =>
        `${id} is not in ${parentFile}` +
        (rows > 1 ? `, nor are the records named by ${n(rows - 1)} more row${rows === 2 ? '' : 's'}` : '') +
        '. Export those records too (an export of 15-character ids matches one of 18), or pass ' +
        '--skip-unknown-accounts to leave these rows out.',
    closedBeforeCreated: (deals: number) =>
        `note: ${n(deals)} won deal${deals === 1 ? '' : 's'} closed before ${deals === 1 ? 'it was' : 'they were'} created ` +
        '(records loaded without "Set Audit Fields upon Record Creation" get the load date as CreatedDate); ' +
        'left out of deal cycle times and the org median.',
    outputFailed: (detail: string) => `--out: ${detail}; nothing was written there`,
    wrote: (file: string, accounts: number) =>
        `wrote ${accounts} account${accounts === 1 ? '' : 's'} to ${file}`,
    modelValid: (name: string, version: number) => `model "${name}" v${version} is valid`,
    modelPushed: (name: string, version: number, id: string) =>
        `saved model "${name}" as version ${version} (${id}) and made it the active one`,
    modelStillActive: (versions: string) =>
        `warning: could not deactivate version ${versions}; the new version is used (the highest active one), deactivate the others in the org`,
    noActiveModel: 'note: the org has no active Trust_Model__c; this is the default model',
    badAccountId: (id: string) => `"${id}" is not a Salesforce record id`,
    accountNotInOrg: (id: string) => `account ${id} is not in the org (or not visible to this user)`,
    runLocked: (file: string, pid: number | null, host: string | null) =>
        `another run is scoring this org for this day (pid ${pid ?? 'unknown'}${host ? ` on ${host}` : ''}); ` +
        `nothing was read or written. Run the same command again once it has finished. ` +
        `Its lock file is ${file}; delete it only if that run is gone.`
};

const n = (v: number): string => v.toLocaleString('en-US');

/** `demo-data load`: its summary, line by line. */
export const loadMessages = {
    loaded: (folder: string, instanceUrl: string) =>
        `Loaded ${folder} into ${instanceUrl}: new record ids, every reference pointed at them.`,
    objectLine: (
        object: string,
        t: { inExport: number; created: number; alreadyThere: number; failed: number },
        activated: number | null
    ) =>
        `  ${object.padEnd(22)} ${n(t.inExport).padStart(7)} in the export: ${n(t.created)} created, ${n(t.alreadyThere)} already in the org${t.failed > 0 ? `, ${n(t.failed)} failed` : ''}${activated !== null ? ` (${n(activated)} activated)` : ''}`,
    auditKept: 'CreatedDate and Case ClosedDate kept as exported (this user may set audit fields on insert).',
    auditMissing: [
        'CreatedDate and Case ClosedDate were not set: this user lacks "Set Audit Fields upon Record Creation".',
        '  Every record was created today, so deal cycle times (CloseDate − CreatedDate) and case ages start today',
        '  and closed cases count as resolved today: deal velocity and support responsiveness will differ from',
        '  `score --from` on the same folder. To keep the dates: enable the org preference in Setup › User Interface,',
        '  assign the permission to this user, delete the loaded records and the id map, and load again.'
    ].join('\n'),
    notLoadable: (history: number, milestones: number) =>
        `Skipped ${n(history)} OpportunityHistory and ${n(milestones)} CaseMilestone rows: only the platform writes them. ` +
        'Close-date pushes, first planned renewal dates and milestone outcomes have no evidence in this org ' +
        '(support responsiveness falls back to resolution times).',
    contactsDropped: (count: number) =>
        `Left Contact__c empty on ${n(count)} customer reference${count === 1 ? '' : 's'}: the export has no contacts to point at.`,
    leftOut: (fields: string[]) =>
        `Left out fields this org does not have or this user cannot create: ${fields.join(', ')}.`,
    notes: (count: number) => `${n(count)} record${count === 1 ? '' : 's'} adjusted to fit the platform:`,
    more: (count: number) => `  … and ${n(count)} more`,
    stale: (count: number) =>
        `${n(count)} record${count === 1 ? '' : 's'} of an earlier load were no longer in the org and were created again.`,
    failures: (count: number) =>
        `${n(count)} record${count === 1 ? '' : 's'} could not be loaded (the rest were; re-run to retry them):`,
    idMap: (file: string) =>
        `Id map: ${file} (re-running adds nothing; delete it to load the folder as new records).`,
    economy: (calls: number, retries: number, records: number, ms: number) =>
        `API calls: ${n(calls)} made (${n(retries)} retried); ${n(records)} records created in ${(ms / 1000).toFixed(1)} s.`,
    stopped: (reason: string) =>
        `Stopped early: ${reason}. What was created is in the id map; run the same command again to finish.`
};
