/**
 * Tokens never reach a log, a message or an error: every text leaving the CLI goes through
 * {@link redact}. A token the CLI was given or received is replaced wherever it appears; the
 * patterns below catch the forms a token travels in even when it was never registered (one
 * typed into the wrong place, or one quoted back by a server).
 */
const secrets = new Set<string>();

export function registerSecret(secret: string | undefined | null): void {
    if (secret && secret.length >= 8) secrets.add(secret);
}

/**
 * The token of every `--access-token` (`--access-token <t>` and `--access-token=<t>`) and of
 * SF_ACCESS_TOKEN, registered before any argument is checked, so an error about any other
 * argument cannot quote it.
 */
export function registerArgumentSecrets(argv: readonly string[], env: NodeJS.ProcessEnv): void {
    registerSecret(env.SF_ACCESS_TOKEN);
    argv.forEach((arg, i) => {
        if (arg === '--access-token') registerSecret(argv[i + 1]);
        else if (arg.startsWith('--access-token=')) registerSecret(arg.slice('--access-token='.length));
    });
}

/** What jsforce's Connection offers for this: its token, and the event a refresh emits. */
export interface TokenHolder {
    accessToken?: string | null;
    on(event: 'refresh', listener: (accessToken: string) => void): unknown;
}

/**
 * Registers a connection's token now and every token it is given later: jsforce refreshes an
 * expired session on its own (the Salesforce CLI's logins carry a refresh token) and emits
 * "refresh" with the new one, which a long run would otherwise print unredacted.
 */
export function watchTokens(conn: TokenHolder): void {
    registerSecret(conn.accessToken);
    conn.on('refresh', (accessToken) => registerSecret(accessToken));
}

/** A token's characters: Salesforce session ids use letters, digits, `.` and `_`; base64url adds `-`. */
const TOKEN = '[A-Za-z0-9._~+/=-]+';

const PATTERNS: readonly [RegExp, string][] = [
    // Authorization headers, as jsforce and curl write them: `Bearer <t>` and `OAuth <t>`. A
    // token has a digit somewhere, which keeps prose such as "OAuth login" readable.
    [new RegExp(`\\b(Bearer|OAuth)(\\s+)(?=[^\\s"']*\\d)${TOKEN}`, 'gi'), '$1$2***'],
    // OAuth responses, query strings and cookies: access_token=…, "refresh_token": "…", sid=….
    [/\b(access_token|refresh_token|sid)(["']?\s*[:=]\s*["']?)[^\s"'&,;}]+/gi, '$1$2***'],
    // Session ids (00D… org id, `!` — or %21 in a URL — then the secret), whatever the context.
    [/00D[A-Za-z0-9]{12,15}(?:!|%21)[A-Za-z0-9._=-]+/g, '***']
];

export function redact(text: string): string {
    let out = text;
    // Longest first, so a token containing another registered one is replaced whole.
    for (const secret of [...secrets].sort((a, b) => b.length - a.length))
        out = out.split(secret).join('***');
    for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
    return out;
}
