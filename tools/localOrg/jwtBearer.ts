/**
 * The OAuth 2.0 JWT bearer flow at `/services/oauth2/token`, as a connected app with a
 * certificate answers it: a scheduled job signs a short-lived JWT with its private key and gets
 * an access token back, with no browser and no stored refresh token. The local org is told which
 * public key (the connected app's certificate) to trust, and which consumer key, if any.
 *
 * Checked as Salesforce checks them: RS256 signature, `iss` (consumer key), `sub` (a username of
 * the org), `aud` (the login URL), `exp` (not passed, a few minutes of clock skew allowed).
 * Failures answer `400 {"error", "error_description"}` in Salesforce's words.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Salesforce accepts a token a little after `exp` for clock skew. */
const CLOCK_SKEW_SECONDS = 180;

export interface JwtTrust {
    /** The connected app's certificate or public key (PEM). */
    publicKey: KeyObject;
    /** The connected app's consumer key; null accepts any issuer. */
    clientId: string | null;
}

export interface TokenSubject {
    username: string;
    instanceUrl: string;
    accessToken: string;
    organizationId: string;
    userId: string;
}

export interface TokenReply {
    status: number;
    json: Record<string, string>;
}

/** Reads a PEM certificate or public key into the trust the token endpoint checks against. */
export function jwtTrustFrom(pem: string, clientId: string | null = null): JwtTrust {
    return { publicKey: createPublicKey(pem), clientId };
}

const refuse = (error: string, description: string): TokenReply => ({
    status: 400,
    json: { error, error_description: description }
});

function decodeSegment(segment: string): Record<string, unknown> | null {
    try {
        const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? (value as Record<string, unknown>)
            : null;
    } catch {
        return null;
    }
}

/** Audiences Salesforce accepts: its login hosts, or the org's own URL (My Domain). */
function audienceAccepted(aud: unknown, instanceUrl: string): boolean {
    const values = Array.isArray(aud) ? aud : [aud];
    const allowed = new Set([
        'https://login.salesforce.com',
        'https://test.salesforce.com',
        instanceUrl.replace(/\/+$/, '')
    ]);
    return values.some((v) => typeof v === 'string' && allowed.has(v.replace(/\/+$/, '')));
}

/** Answers one token request (the form body of `POST /services/oauth2/token`). */
export function exchangeToken(
    form: URLSearchParams,
    trust: JwtTrust | null,
    subject: TokenSubject,
    nowSeconds: number
): TokenReply {
    const grant = form.get('grant_type');
    if (grant !== JWT_BEARER_GRANT) return refuse('unsupported_grant_type', 'grant type not supported');
    if (trust === null) return refuse('invalid_client_id', 'client identifier invalid');
    const assertion = form.get('assertion') ?? '';
    const parts = assertion.split('.');
    if (parts.length !== 3) return refuse('invalid_grant', 'invalid assertion');
    const [headerText, payloadText, signatureText] = parts as [string, string, string];
    const header = decodeSegment(headerText);
    const claims = decodeSegment(payloadText);
    if (header === null || claims === null || header.alg !== 'RS256')
        return refuse('invalid_grant', 'invalid assertion');
    const signed = verify(
        'sha256',
        Buffer.from(`${headerText}.${payloadText}`),
        trust.publicKey,
        Buffer.from(signatureText, 'base64url')
    );
    if (!signed) return refuse('invalid_grant', 'invalid assertion');
    if (typeof claims.iss !== 'string' || (trust.clientId !== null && claims.iss !== trust.clientId))
        return refuse('invalid_client_id', 'client identifier invalid');
    if (!audienceAccepted(claims.aud, subject.instanceUrl))
        return refuse('invalid_grant', 'audience is invalid');
    if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < nowSeconds)
        return refuse('invalid_grant', 'expired authorization code');
    if (typeof claims.sub !== 'string' || claims.sub.toLowerCase() !== subject.username.toLowerCase())
        return refuse('invalid_grant', "user hasn't approved this consumer");
    return {
        status: 200,
        json: {
            access_token: subject.accessToken,
            scope: 'api',
            instance_url: subject.instanceUrl,
            id: `${subject.instanceUrl}/id/${subject.organizationId}/${subject.userId}`,
            token_type: 'Bearer'
        }
    };
}
