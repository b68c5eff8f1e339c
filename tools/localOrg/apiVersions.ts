/**
 * The API versions the local org serves, as an org of its release does: every version from
 * the oldest Salesforce still supports to the newest of the release. A URL with any other
 * version (a newer one, `v62`, `v62.5`) is a 404 NOT_FOUND, so a client pinned to a version
 * an org does not have fails here as it would there.
 */

/** Versions 21.0 to 30.0 were retired in Summer '25; 31.0 is the oldest an org still serves. */
export const OLDEST_API_VERSION = 31;
/** Summer '25, the release whose API the local org follows. */
export const NEWEST_API_VERSION = 64;

export const API_VERSIONS: readonly string[] = Array.from(
    { length: NEWEST_API_VERSION - OLDEST_API_VERSION + 1 },
    (_v, i) => `${OLDEST_API_VERSION + i}.0`
);

const SUPPORTED = new Set(API_VERSIONS);

/** `62.0` → true; `99.0`, `62.5`, `062.0` → false. */
export const isSupportedVersion = (version: string): boolean => SUPPORTED.has(version);

/** `GET /services/data`: every version with its label and URL, oldest first. */
export const versionList = (): Array<{ label: string; url: string; version: string }> =>
    API_VERSIONS.map((version) => ({ label: `API ${version}`, url: `/services/data/v${version}`, version }));
