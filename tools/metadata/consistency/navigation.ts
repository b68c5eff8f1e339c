/** Tabs and apps: every tab points at something that exists, every app tab exists. */
import type { PackageMetadata } from '../package';
import type { Problem } from './problems';

export function checkNavigation(pkg: PackageMetadata): Problem[] {
    const customObjects = new Set(pkg.objects.map((object) => object.name));
    const tabNames = new Set(pkg.tabs.map((tab) => tab.name));
    return [
        ...pkg.tabs.flatMap((tab): Problem[] => {
            if (tab.customObject && !customObjects.has(tab.name)) {
                return [{ file: tab.file, message: `object tab for unknown custom object ${tab.name}` }];
            }
            if (tab.flexiPage !== undefined && !pkg.flexiPages.includes(tab.flexiPage)) {
                return [{ file: tab.file, message: `tab shows unknown Lightning page ${tab.flexiPage}` }];
            }
            return [];
        }),
        ...pkg.applications.flatMap((app) =>
            app.tabs
                .filter((tab) => !tab.startsWith('standard-') && !tabNames.has(tab))
                .map((tab) => ({ file: app.file, message: `unknown tab ${tab}` }))
        )
    ];
}
