/**
 * Tokens never reach the terminal: not when typed in the wrong place, not in the forms a
 * server or a header quotes them in, not after jsforce refreshed them during a run.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Connection } from '@jsforce/jsforce-node';
import { connect } from '../../batch/org/connect';
import { redact, watchTokens } from '../../batch/org/redact';
import { cli } from '../support/cli';

/** Shaped like the local org's tokens: an org id, `!`, then base64url (with `-` and `_`). */
const LOCAL_TOKEN = '00DLO0000000001!Zk9-x_Q2hT-4bW0r-Lq8sN_3vYc1mP-7aJdE0uKfR2g';
/** A token in no known shape, as another identity provider might issue. */
const OPAQUE_TOKEN = 'tok-9Yd2Kq7ZrB4mW8xN1cV6pL3sH5gT0fJ';

describe('redaction', () => {
    it('hides a token given where no value belongs, saying what was unexpected', () => {
        const run = cli(['score', '--instance-url', 'http://127.0.0.1:9', OPAQUE_TOKEN]);
        expect(run.status).toBe(2);
        expect(run.stderr).not.toContain(OPAQUE_TOKEN);
        expect(run.stderr).not.toContain(OPAQUE_TOKEN.slice(4, 20));
        expect(run.stderr).toMatch(/unexpected argument "tok-…" \(35 characters\)/);
    });

    it('hides the --access-token value when an error about another option quotes it', () => {
        const run = cli([
            'score',
            '--instance-url',
            'http://127.0.0.1:9',
            '--access-token',
            OPAQUE_TOKEN,
            '--as-of',
            OPAQUE_TOKEN
        ]);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/--as-of: "\*\*\*" is not a date/);
        expect(run.stderr).not.toContain(OPAQUE_TOKEN);
    });

    it('hides SF_ACCESS_TOKEN the same way', () => {
        const run = cli(['explain', '001000000000001AAA', '--as-of', OPAQUE_TOKEN], {
            SF_INSTANCE_URL: 'http://127.0.0.1:9',
            SF_ACCESS_TOKEN: OPAQUE_TOKEN
        });
        expect(run.status).toBe(2);
        expect(run.stderr).not.toContain(OPAQUE_TOKEN);
    });

    it('hides a whole session id, base64url characters included, without it being registered', () => {
        expect(redact(`INVALID_SESSION_ID for ${LOCAL_TOKEN} (expired)`)).toBe(
            'INVALID_SESSION_ID for *** (expired)'
        );
        expect(redact(`frontdoor.jsp?sid=${LOCAL_TOKEN.replace('!', '%21')}&retURL=/`)).not.toContain('Zk9');
    });

    it('hides OAuth and Bearer authorization headers and OAuth fields, and leaves prose alone', () => {
        expect(redact(`Authorization: OAuth ${OPAQUE_TOKEN}`)).toBe('Authorization: OAuth ***');
        expect(redact(`authorization: Bearer ${OPAQUE_TOKEN}\n`)).toBe('authorization: Bearer ***\n');
        expect(redact(`{"access_token":"${OPAQUE_TOKEN}","refresh_token": "5Aep861x"}`)).toBe(
            '{"access_token":"***","refresh_token": "***"}'
        );
        expect(redact('log in again: OAuth login expired; Bearer tokens are not stored')).toBe(
            'log in again: OAuth login expired; Bearer tokens are not stored'
        );
    });

    it('registers the token jsforce refreshes during a run', async () => {
        const fresh = 'refreshed-AbC123-dEf456_GhI789-jKl012';
        // An org whose first token has expired: 401 until the refreshed one is sent.
        const server = http.createServer((req, res) => {
            if (req.headers.authorization !== `Bearer ${fresh}`) {
                res.writeHead(401, { 'content-type': 'application/json' });
                res.end(
                    JSON.stringify([
                        { errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' }
                    ])
                );
                return;
            }
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ DailyApiRequests: { Max: 15000, Remaining: 14999 } }));
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        try {
            const { port } = server.address() as AddressInfo;
            const conn = new Connection({
                instanceUrl: `http://127.0.0.1:${port}`,
                accessToken: 'expired-token-0000000000',
                version: '62.0',
                refreshFn: (_conn, callback) => callback(null, fresh)
            });
            watchTokens(conn);
            expect(redact(fresh)).toBe(fresh);
            await conn.request('/services/data/v62.0/limits');
            expect(conn.accessToken).toBe(fresh);
            expect(redact(`retry with ${fresh}`)).toBe('retry with ***');
        } finally {
            await new Promise<void>((resolve) => server.close(() => resolve()));
        }
    });

    it('watches the tokens of the connections the CLI opens', async () => {
        const conn = await connect({ instanceUrl: 'http://127.0.0.1:9', accessToken: 'first-token-1234567' });
        const next = 'second-token-9876543-abc';
        conn.emit('refresh', next, {});
        expect(redact(`now ${next}`)).toBe('now ***');
    });
});
