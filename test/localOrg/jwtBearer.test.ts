import { generateKeyPairSync, sign } from 'node:crypto';
import {
    exchangeToken,
    JWT_BEARER_GRANT,
    jwtTrustFrom,
    type TokenSubject
} from '../../tools/localOrg/jwtBearer';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const NOW = 1_800_000_000;
const subject: TokenSubject = {
    username: 'integration@example.invalid',
    instanceUrl: 'http://127.0.0.1:4321',
    accessToken: '00DLO0000000001!secret',
    organizationId: '00DLO0000000001AAA',
    userId: '005LO0000000001AAA'
};

function jwt(claims: Record<string, unknown>, key = keys.privateKey, alg = 'RS256'): string {
    const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const input = `${part({ alg, typ: 'JWT' })}.${part(claims)}`;
    return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

const good = {
    iss: 'consumer-key',
    sub: subject.username,
    aud: 'https://login.salesforce.com',
    exp: NOW + 60
};

function exchange(assertion: string, clientId: string | null = 'consumer-key', grant = JWT_BEARER_GRANT) {
    const form = new URLSearchParams({ grant_type: grant, assertion });
    return exchangeToken(form, jwtTrustFrom(publicPem, clientId), subject, NOW);
}

describe('JWT bearer token exchange', () => {
    it("gives the org's token for an assertion signed by the trusted key", () => {
        const reply = exchange(jwt(good));
        expect(reply.status).toBe(200);
        expect(reply.json).toEqual({
            access_token: subject.accessToken,
            scope: 'api',
            instance_url: subject.instanceUrl,
            id: `${subject.instanceUrl}/id/${subject.organizationId}/${subject.userId}`,
            token_type: 'Bearer'
        });
        // The org's own URL is an accepted audience too (My Domain logins).
        expect(exchange(jwt({ ...good, aud: subject.instanceUrl })).status).toBe(200);
    });

    it.each([
        ['another key signed it', jwt(good, otherKeys.privateKey), 'invalid_grant', 'invalid assertion'],
        ['it is not a JWT', 'not.a-jwt', 'invalid_grant', 'invalid assertion'],
        [
            'its algorithm is not RS256',
            jwt(good, keys.privateKey, 'none'),
            'invalid_grant',
            'invalid assertion'
        ],
        [
            'another consumer key issued it',
            jwt({ ...good, iss: 'other' }),
            'invalid_client_id',
            'client identifier invalid'
        ],
        [
            'it is for another audience',
            jwt({ ...good, aud: 'https://evil.example' }),
            'invalid_grant',
            'audience is invalid'
        ],
        ['it expired', jwt({ ...good, exp: NOW - 600 }), 'invalid_grant', 'expired authorization code'],
        [
            'it names another user',
            jwt({ ...good, sub: 'someone@else' }),
            'invalid_grant',
            "user hasn't approved this consumer"
        ]
    ])('refuses an assertion when %s', (_why, assertion, error, description) => {
        const reply = exchange(assertion);
        expect(reply).toEqual({ status: 400, json: { error, error_description: description } });
        expect(JSON.stringify(reply)).not.toContain(subject.accessToken);
    });

    it('refuses other grant types, and any JWT when no key is trusted', () => {
        expect(exchange(jwt(good), 'consumer-key', 'password').json.error).toBe('unsupported_grant_type');
        const untrusted = exchangeToken(
            new URLSearchParams({ grant_type: JWT_BEARER_GRANT, assertion: jwt(good) }),
            null,
            subject,
            NOW
        );
        expect(untrusted).toEqual({
            status: 400,
            json: { error: 'invalid_client_id', error_description: 'client identifier invalid' }
        });
    });

    it('accepts any issuer when no consumer key is configured, and a little clock skew', () => {
        expect(exchange(jwt({ ...good, iss: 'whatever' }), null).status).toBe(200);
        expect(exchange(jwt({ ...good, exp: NOW - 60 })).status).toBe(200);
    });
});
