/** Tokens never reach a log, a message or an error: every text leaving the CLI goes through here. */
const secrets = new Set<string>();

export function registerSecret(secret: string | undefined): void {
    if (secret && secret.length >= 8) secrets.add(secret);
}

export function redact(text: string): string {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join('***');
    // Bearer tokens and Salesforce session ids (00D…!…) even when not registered.
    return out
        .replace(/Bearer\s+[^\s"']+/g, 'Bearer ***')
        .replace(/00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]+/g, '***');
}
