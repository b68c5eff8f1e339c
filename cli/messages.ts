/** Every user-facing text of the CLI in one place. */

/** `--help`: headings and the notes that apply to every command (help.ts lays them out). */
export const helpText = {
    title: 'trust-ledger — customer trust scores from your CRM evidence',
    usage: 'Usage:',
    commands: 'Commands:',
    arguments: 'Arguments:',
    options: 'Options:',
    required: 'required',
    repeatable: 'may be repeated',
    env: (name: string) => `or ${name}`,
    default: (value: string) => `default ${value}`,
    more: (path: string) => `Run "trust-ledger ${path} <command> --help" for its options.`,
    perCommand: 'Run "trust-ledger <command> --help" for the options of one command.',
    notes: `--from <folder> holds one CSV per object named by API name (Account.csv, Opportunity.csv,
OpportunityHistory.csv, Case.csv, CaseMilestone.csv, Contract.csv, Trust_Commitment__c.csv,
Customer_Reference__c.csv) with API field names as headers. A missing file means no evidence
of that kind. SF_INSTANCE_URL and SF_ACCESS_TOKEN stand in for --instance-url/--access-token.
--only-changed-since takes a date (midnight UTC) or a datetime with Z or an offset
(2026-06-01T08:00:00Z, 2026-06-01T10:00:00+02:00); a datetime without one is refused.
Exit codes: 0 ok, 2 bad input (nothing written), 3 stopped early by the org's API limit or
because another run of the same org and day is under way (re-run to resume), 4 finished but
some records could not be written, 1 unexpected failure.`
};

/** One line per command, in the list of `trust-ledger help` and atop its own `--help`. */
export const summaries = {
    score: 'score every account of a CSV export or an org; with an org, store the receipts there',
    explain: "one account's receipt in words: pillars, signals and the records behind them",
    demoData: 'write a synthetic org as a CSV export',
    demoLoad: "create the export's records in an org (ids remapped; re-running adds nothing)",
    demoGroup: 'a synthetic org: write it as a CSV export, or load an export into an org',
    model: 'the trust model as a JSON file: validate it, pull or list the active ones, push a new version',
    modelValidate: 'check a model file as the org would before saving it',
    modelPull:
        "write the org's active model as JSON (with models per segment: the default one, or each with --out-dir)",
    modelList: "list the org's active models in the order they are tried, each with its segment and priority",
    modelPush: 'save a model file as a new version in the org and make it the active one',
    backtest: 'how well the score on past days ranked the renewals that followed',
    calibrate: 'learn weights that rank those renewals better (never activates them)',
    start: 'score the bundled demo org through the embedded local org',
    localOrg: 'the embedded local org: a loopback server speaking the Salesforce API on SQLite',
    localOrgStart: 'serve the local org until Ctrl+C; --json prints its URL and token as one line',
    preview: "the package's Lightning components in a browser, on the local org (from a checkout)"
};

/** The org flags, shared by every command that logs in (orgFlags.ts). */
export const orgFlagHelp = {
    targetOrg: 'an org the Salesforce CLI is logged in to',
    instanceUrl: "the org's URL, with --access-token",
    accessToken: 'a session id for --instance-url',
    clientId: "JWT login: the connected app's consumer key",
    jwtKeyFile: 'JWT login: the private key whose certificate the connected app holds',
    username: 'JWT login: the user to log in as',
    loginUrl: 'JWT login: https://login.salesforce.com (the default), test.salesforce.com or My Domain'
};

/** The options of the commands, each written once. */
export const optionHelp = {
    from: 'a CSV export: one file per object, named by API name',
    asOf: 'score as of this day (default today, UTC)',
    model: "a model file (default: the shipped model, or the org's active one)",
    models: "a model file (default: the shipped model, or the org's active one); models with a segment are tried in the order given, the one without a segment scores the other accounts",
    format: 'table, json or csv (with an org: receipts on stdout, the summary on stderr)',
    out: 'write the output to this file (atomically) instead of stdout',
    quiet: 'no progress lines',
    bulk: 'read the org through Bulk API 2.0 (large orgs)',
    dryRun: 'score without writing anything to the org',
    onlyChangedSince: 'score only accounts whose evidence changed since this date or datetime',
    skipUnknownAccounts: 'leave out rows naming accounts the export does not have',
    accountId: 'the Account id (15 or 18 characters)',
    accounts: 'how many accounts to generate',
    demoOut: 'the folder to write the CSV files to',
    seed: 'the random seed (the same seed writes the same org)',
    demoAsOf: 'the day the synthetic history leads up to',
    demoHierarchies:
        'put accounts under parents (Account.ParentId), a few three-level trees, to show roll-ups',
    demoUsage:
        'also write Product_Usage__c.csv, weekly active users per account, for a product-usage custom signal',
    demoSurveys:
        'also write Survey_Response__c.csv, NPS (0-10) and CSAT (1-5) answers, for survey custom signals',
    demoMeetings: 'also write Event.csv, meetings and calls per account, for a meetings-held custom signal',
    demoInvoices:
        'also write Invoice__c.csv, monthly invoices with their days overdue, for an overdue-invoices custom signal',
    demoIndustries: 'add an Industry column to Account.csv, skewed by company size, for models per segment',
    loadFrom: 'the export folder to load',
    json: 'print the summary as one JSON object on stdout (the text goes to stderr)',
    modelFile: 'the model JSON file',
    priority:
        'for a model with a segment: the order active models with segments are tried in, lower first (default: last)',
    pullOut: 'write the model to this file instead of stdout',
    pullOutDir:
        'write every active model to this folder, one file each, numbered in the order they are tried (01-…json first)',
    pullName: 'pull the active model of this name instead of the default one (the one without a segment)',
    notes: 'Notes__c of the new version (default "Pushed from <file>")',
    windowAsOf: 'the as-of days to replay, comma-separated',
    since: 'the first as-of day of a series',
    every: 'months between the as-of days of a series',
    horizonDays: 'days after each as-of day in which a renewal counts',
    backtestFormat: 'table or json',
    store: "save the result on the model's Trust_Model__c in the org (with models per segment, each model's own accounts on its own)",
    calibrateModel: "the model to start from (default: the shipped model, or the org's active one)",
    calibrateOut: 'the model file to write the learnt weights to',
    port: 'the port to listen on (0 picks a free one)',
    data: 'an export folder to import (each folder has its own store)',
    storeFolder: 'the store folder, instead of the one of --data',
    reimport: "start over from --data's files, dropping what was written since",
    faultRate: 'the share of requests that fail as an org might (0..1)',
    localSeed: 'the seed of the injected faults',
    auditFields: 'let the API user set CreatedDate and Case ClosedDate on insert',
    jwtCertificate: 'a PEM certificate JWT bearer logins are checked against',
    jwtClientId: 'the consumer key JWT logins must name (with --jwt-certificate)',
    localJson: 'print {"instanceUrl", "accessToken", …} as one line on stdout once ready',
    previewPort: 'the port of the page (0 picks a free one)',
    previewData: 'the local org store folder (default .localorg/demo, shared with npm start)',
    noBuild: 'serve the last build instead of building again',
    noScore: 'skip the batch run after the import',
    dev: 'build the components in development mode'
};

/** Declared synopses: what a list of options cannot say (one of two sources, …). */
export const synopses = {
    score: [
        '--from <folder> [--as-of YYYY-MM-DD] [--model <file.json>]',
        '[--format table|json|csv] [--out <file>] [--skip-unknown-accounts]',
        '| --target-org <alias|username> | --instance-url <url> --access-token <t>',
        '[--as-of …] [--bulk] [--dry-run] [--only-changed-since <date>]',
        '[--format table|json|csv] [--out <file>]'
    ],
    explain: [
        '<accountId> (--from <folder> | --target-org … | --instance-url … --access-token …)',
        '[--as-of YYYY-MM-DD] [--model <file.json>] [--skip-unknown-accounts]'
    ],
    demoLoad: ['--from <folder> (--target-org … | --instance-url … --access-token …) [--json]'],
    modelPull: [
        '(--target-org … | --instance-url … --access-token …)',
        '[--out <file.json> | --out-dir <folder>] [--name <model name>]'
    ],
    modelPush: [
        '<file.json> (--target-org … | --instance-url … --access-token …) [--notes <text>]',
        '[--priority <n>]'
    ],
    backtest: [
        '(--from <folder> | --target-org … | --instance-url … --access-token …)',
        '(--as-of <day>[,<day>…] | --since <day> --every <months>) --horizon-days <n>',
        '[--model <file.json>] [--format table|json] [--bulk] [--store]'
    ],
    calibrate: [
        '(--from <folder> | --target-org … | --instance-url … --access-token …)',
        '(--as-of … | --since … --every …) --horizon-days <n> [--model <base.json>]',
        '--out <model.json>'
    ]
};

export const messages = {
    unknownCommand: (shown: string) => `unknown command ${shown}`,
    usageHint: (path: string | null) =>
        `Run "trust-ledger ${path === null ? 'help' : `${path} --help`}" for usage.`,
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
    badPort: (value: string) => `--port: "${value}" is not a port number (0–65535)`,
    badCount: (option: string, value: string) => `${option}: "${value}" is not a whole number ≥ 1`,
    notAFolder: (folder: string) => `--from: ${folder} is not a folder`,
    noAccountFile: (folder: string) =>
        `--from: ${folder} has no Account.csv; export Accounts with at least Id and Name`,
    modelUnreadable: (file: string, reason: string) => `--model: cannot read ${file}: ${reason}`,
    badPriority: (value: string) => `--priority: "${value}" is not a whole number from 0 to 999999`,
    accountNotFound: (id: string) => `account ${id} is not in Account.csv`,
    unknownParent: (id: string, parentFile: string, rows: number) =>
        `${id} is not in ${parentFile}` +
        (rows > 1 ? `, nor are the records named by ${n(rows - 1)} more row${rows === 2 ? '' : 's'}` : '') +
        '. Export those records too (an export of 15-character ids matches one of 18), or pass ' +
        '--skip-unknown-accounts to leave these rows out.',
    hierarchyCycle: (accounts: readonly string[]) =>
        `Account.ParentId: the accounts ${[...accounts, accounts[0]].join(' → ')} are each other's ` +
        'parents, so no roll-up can be computed through them. Fix the ParentId of one of them.',
    closedBeforeCreated: (deals: number) =>
        `note: ${n(deals)} won deal${deals === 1 ? '' : 's'} closed before ${deals === 1 ? 'it was' : 'they were'} created ` +
        '(records loaded without "Set Audit Fields upon Record Creation" get the load date as CreatedDate); ' +
        'left out of deal cycle times and the org median.',
    outputFailed: (detail: string) => `--out: ${detail}; nothing was written there`,
    wrote: (file: string, accounts: number) =>
        `wrote ${accounts} account${accounts === 1 ? '' : 's'} to ${file}`,
    warning: (text: string) => `warning: ${text}`,
    storedBaselines: 'baselines stored by the last batch run',
    orgBaselines: 'baselines computed from the whole org',
    demoWritten: (accounts: number, out: string, asOf: string, seed: number, rows: string) =>
        `wrote a demo org of ${n(accounts)} accounts to ${out} (as of ${asOf}, seed ${seed}): ${rows}`,
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

/** Logging in to an org (org/connect.ts). */
export const connectMessages = {
    targetOrgFailed: (alias: string, why: string) =>
        `--target-org ${alias}: ${why} (log in with "sf org login web --alias ${alias}")`,
    noLogin:
        'an org needs --target-org <alias>, or --instance-url and --access-token (or SF_INSTANCE_URL and SF_ACCESS_TOKEN)',
    notAUrl: (flag: string, value: string) => `${flag}: "${value}" is not a URL`,
    badKeyFile: (file: string, missing: boolean) =>
        `--jwt-key-file: ${file} ${missing ? 'does not exist' : 'is not a readable PEM private key'}`,
    jwtFailed: (loginUrl: string, why: string) => `JWT login at ${loginUrl} failed: ${why}`,
    jwtRefused: (username: string, loginUrl: string, why: string) =>
        `JWT login of ${username} at ${loginUrl} was refused (${why}); ` +
        'check the consumer key, that the connected app holds the certificate of this key, and that the user is pre-authorized'
};

/** `trust-ledger start` (`npm start`): what it does, then what to try next. */
/** The model `npm start` saves into a demo org without one (cli/commands/demoModel.ts). */
const DEMO_MODEL = 'examples/custom-signals/product-usage-model.json';

export const startMessages = {
    starting: (folder: string) => `Starting the local org with the bundled demo data (${folder})…`,
    demoModel: (name: string, file: string) =>
        `The org has no trust model yet: saved "${name}" (${file}: the default model plus a Product usage custom signal) as its active version 1.`,
    scoring: (asOf: string) => `Scoring it through jsforce as of ${asOf}…`,
    next: (asOf: string, store: string) =>
        [
            '',
            'Next:',
            `  npx trust-ledger explain <accountId> --from data/demo --as-of ${asOf} --model ${DEMO_MODEL}`,
            '      one receipt, in words, from the export and the model npm start saved',
            `  npx trust-ledger score --from data/demo --as-of ${asOf} --model ${DEMO_MODEL} --format json`,
            '      every receipt as JSON',
            '  npx trust-ledger local-org start --data data/demo                             serve the org yourself,',
            '     then: npx trust-ledger score --instance-url <url> --access-token <token>     and score it from outside',
            '  npx trust-ledger demo-data --accounts 10000 --out tmp/org                        a bigger synthetic org',
            '  npm run preview                                                                  the Trust panel and setup page in a browser, on this org',
            `The receipts are stored in ${store} (Trust_Score__c, one per account per day).`,
            ''
        ].join('\n')
};

/** `trust-ledger preview` (`npm run preview`). */
export const previewMessages = {
    ready: (url: string) =>
        [
            '',
            `Trust Ledger preview: ${url}`,
            `  Trust panel on an Account page: ${url}#/`,
            `  Trust Ledger Setup:             ${url}#/setup`,
            `  as a sales rep instead of an admin: ${url}?as=rep`,
            'Ctrl-C stops it.',
            ''
        ].join('\n'),
    needsCheckout:
        'preview builds the components from the repository: run it from a checkout (npm run preview)'
};

/** `model pull` and `model list` with several active models (models per segment). */
export const activeModelMessages = {
    /** One active model in a list: its place in the order, name, version, who it scores, priority, record. */
    line: (
        position: number,
        name: string,
        version: number,
        segment: { field: string; values: readonly string[] } | null,
        priority: number | null,
        recordId: string | null
    ) =>
        `${position}. ${name} v${version} — ` +
        (segment
            ? `segment ${segment.field}: ${segment.values.join(', ')}`
            : 'every account no segment holds') +
        ` — priority ${priority === null ? '(none: after those with one)' : priority}` +
        (recordId === null ? ' — not in the org (the shipped default)' : ` — ${recordId}`),
    heading: (count: number) =>
        `${count} active model${count === 1 ? '' : 's'}, in the order an account is matched against them:`,
    wroteFile: (file: string, line: string) => `wrote ${file}: ${line}`,
    othersActive: (count: number, names: string) =>
        `note: ${count} other active model${count === 1 ? '' : 's'} score${count === 1 ? 's' : ''} segments (${names}); ` +
        'this is the default one. `model pull --out-dir <folder>` writes each to its own file, `--name <name>` pulls one, `model list` lists them.',
    noSuchName: (name: string, names: string) =>
        `--name: no active model is named "${name}"; the active ones: ${names}`,
    outAndOutDir: '--out writes one model, --out-dir every active model: give one of them',
    outDirAndName: '--out-dir writes every active model; --name picks one: give one of them',
    outDirFailed: (folder: string, reason: string) => `--out-dir: cannot write to ${folder}: ${reason}`
};
