/**
 * Who the local org says it is, as the Salesforce CLI asks when it stores a login
 * (`sf org login access-token`, @salesforce/core's `AuthInfo`): the OpenID Connect
 * `/services/oauth2/userinfo` of the token's user, that user's `Username`, and the
 * `Organization` row. The org id is the one the access token starts with (`00D…!…`).
 */
import { makeId } from './ids';
import { q, type Store } from './store';

export const LOCAL_ORG_NAME = 'Trust Ledger Local Org';
/** `.invalid` is reserved: the address can never reach anyone. */
export const LOCAL_USERNAME = 'integration@local-org.trust-ledger.invalid';

const USER = {
    FirstName: 'Local Org',
    LastName: 'Integration',
    Email: LOCAL_USERNAME,
    Alias: 'localorg',
    TimeZoneSidKey: 'GMT',
    LocaleSidKey: 'en_US',
    EmailEncodingKey: 'UTF-8',
    LanguageLocaleKey: 'en_US'
};

export interface Identity {
    organizationId: string;
    userId: string;
    username: string;
}

/** The id of the local org itself: `00D` + the pod of the ids it creates. */
export const organizationId = (): string => makeId('00D', 1);

/**
 * Gives the store's user its username, name parts and locale, and adds the Organization
 * row, where they are missing (a store made before they existed, or an import that replaced
 * them); what is already there is kept.
 */
export function ensureIdentity(store: Store, now: Date): Identity {
    const stamp = now.toISOString();
    const userId = store.userId;
    const fields = { Username: LOCAL_USERNAME, ...USER };
    for (const [name, value] of Object.entries(fields))
        store
            .prepare(`UPDATE ${q('User')} SET ${q(name)} = ? WHERE Id = ? AND ${q(name)} IS NULL`)
            .run(value, userId);
    const orgId = organizationId();
    store
        .prepare(
            `INSERT INTO ${q('Organization')} (Id, Name, InstanceName, IsSandbox, OrganizationType, CreatedDate, CreatedById, LastModifiedDate, LastModifiedById, SystemModstamp)
             SELECT ?, ?, 'LOCAL', 0, 'Developer Edition', ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM ${q('Organization')} WHERE Id = ?)`
        )
        .run(orgId, LOCAL_ORG_NAME, stamp, userId, stamp, userId, stamp, orgId);
    const username = store
        .prepare(`SELECT Username FROM ${q('User')} WHERE Id = ?`)
        .pluck()
        .get(userId);
    return {
        organizationId: orgId,
        userId,
        username: typeof username === 'string' ? username : LOCAL_USERNAME
    };
}

/**
 * `GET /services/oauth2/userinfo`: the OpenID Connect claims of the token's user, with the
 * Salesforce additions clients read (`user_id`, `organization_id`, `urls` with `{version}`).
 */
export function userInfo(identity: Identity, instanceUrl: string, store: Store): Record<string, unknown> {
    const user = store.prepare(`SELECT * FROM ${q('User')} WHERE Id = ?`).get(identity.userId) as
        Record<string, unknown> | undefined;
    const text = (name: string): string | null => {
        const value = user?.[name];
        return typeof value === 'string' ? value : null;
    };
    const data = `${instanceUrl}/services/data/v{version}`;
    return {
        sub: `${instanceUrl}/id/${identity.organizationId}/${identity.userId}`,
        user_id: identity.userId,
        organization_id: identity.organizationId,
        preferred_username: identity.username,
        nickname: text('Alias'),
        name: text('Name'),
        email: text('Email'),
        email_verified: true,
        given_name: text('FirstName'),
        family_name: text('LastName'),
        zoneinfo: text('TimeZoneSidKey'),
        locale: text('LocaleSidKey'),
        language: text('LanguageLocaleKey'),
        user_type: 'STANDARD',
        active: true,
        utcOffset: 0,
        updated_at: text('LastModifiedDate'),
        urls: {
            rest: `${data}/`,
            sobjects: `${data}/sobjects/`,
            query: `${data}/query/`,
            profile: `${instanceUrl}/${identity.userId}`,
            custom_domain: instanceUrl
        }
    };
}
