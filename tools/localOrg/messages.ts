/** Every user-facing text of `trust-ledger local-org` in one place. */

export const localOrgMessages = {
    usage: 'Usage: trust-ledger local-org start [--port <n>] [--data <folder>] [--store <folder>] [--reimport] [--fault-rate <0..1>] [--seed <n>] [--audit-fields] [--json]',
    unknownSubcommand: (sub: string) => `unknown local-org command "${sub}"`,
    badFaultRate: (value: string) => `--fault-rate: "${value}" is not a number between 0 and 1`,
    badSeed: (value: string) => `--seed: "${value}" is not a whole number`,
    notAFolder: (folder: string) => `--data: ${folder} is not a folder`,
    storeNotAFolder: (folder: string) => `--store: ${folder} exists and is not a folder`,
    reimportNeedsData: '--reimport needs --data <folder>',
    storeInUse: (store: string, pid: number | null, since: string | null, host: string | null) =>
        `the local org store ${store} is in use by ${pid === null ? 'another process' : `process ${pid}`}${host === null ? '' : ` on ${host}`}${since === null ? '' : ` since ${since}`}: stop that local org first, or start this one with another --data or --store`,
    tookOverLock: (pid: number) =>
        `Took over the store from process ${pid}, which is no longer running (it was not stopped cleanly).`,
    importing: (folder: string) => `Importing ${folder} into the local org…`,
    imported: (rows: number, ms: number, objects: Record<string, number>) =>
        `Imported ${rows.toLocaleString('en-US')} records in ${(ms / 1000).toFixed(1)} s: ${Object.entries(
            objects
        )
            .map(([object, n]) => `${object} ${n.toLocaleString('en-US')}`)
            .join(', ')}`,
    skippedFiles: (files: string[]) => `Skipped files that name no object: ${files.join(', ')}`,
    skippedColumns: (object: string, columns: string[]) =>
        `Skipped ${object} columns that name no field: ${columns.join(', ')}`,
    listening: (instanceUrl: string) => `Local org listening on ${instanceUrl}`,
    token: (token: string) => `Access token: ${token}`,
    cliLogin: (instanceUrl: string) =>
        `For --target-org: SF_ACCESS_TOKEN=<the token> sf org login access-token --instance-url ${instanceUrl} --alias local --no-prompt`,
    dataFile: (file: string) => `Store: ${file}`,
    servingImported: (folder: string) => `Serving ${folder}, imported just now.`,
    servingUnchanged: (folder: string, at: string) =>
        `Serving ${folder} as imported on ${at}: its files are unchanged, so what was written since is kept (--reimport starts over from the files).`,
    servingStore: (folder: string | null, at: string | null) =>
        folder === null
            ? 'Serving what the store holds (nothing imported into it; --data <folder> imports an export).'
            : `Serving what the store holds, last imported from ${folder} on ${at ?? 'an unknown date'}.`,
    faults: (rate: number, seed: number) =>
        `Injecting faults into ${(rate * 100).toFixed(1)}% of requests (seed ${seed})`,
    auditFields:
        'The API user may set CreatedDate and Case ClosedDate on insert ("Set Audit Fields upon Record Creation").',
    jwtLogins: (instanceUrl: string, username: string) =>
        `JWT bearer logins: SF_LOGIN_URL=${instanceUrl} SF_USERNAME=${username} with SF_CLIENT_ID and SF_JWT_KEY_FILE`,
    jwtClientIdAlone:
        '--jwt-client-id needs --jwt-certificate <file>: the certificate JWT logins are checked against',
    badJwtCertificate: (file: string, why: string) =>
        `--jwt-certificate: ${file} is not a readable PEM certificate or public key (${why})`,
    howToStop: 'Press Ctrl+C to stop.',
    stopped: (calls: number) => `Local org stopped after ${calls.toLocaleString('en-US')} API calls.`
};
