/**
 * The package components the preview hosts, by folder name: `trustPanel` on the Account record
 * page, `trustSetup` on the setup tab. The build replaces this module with one importing each
 * of them that exists in the package's `lwc` folders (see `hostedComponents` in
 * `tools/preview/build.ts`), so the page still builds and says what is missing while a
 * component is not in the package yet.
 */
export type ComponentConstructor = abstract new () => object;

const hosted: Partial<Record<'trustPanel' | 'trustSetup', ComponentConstructor>> = {};

export default hosted;
