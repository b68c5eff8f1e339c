/** Tabs and apps: every tab points at something that exists, every app tab exists. */
import type { MetadataModel } from '../model';
import type { Problem } from './problems';

export function checkNavigation(model: MetadataModel): Problem[] {
    const customObjects = new Set(model.objects.map((object) => object.name));
    const tabNames = new Set(model.tabs.map((tab) => tab.name));
    return [
        ...model.tabs.flatMap((tab): Problem[] => {
            if (tab.customObject && !customObjects.has(tab.name)) {
                return [{ file: tab.file, message: `object tab for unknown custom object ${tab.name}` }];
            }
            if (tab.flexiPage !== undefined && !model.flexiPages.includes(tab.flexiPage)) {
                return [{ file: tab.file, message: `tab shows unknown Lightning page ${tab.flexiPage}` }];
            }
            return [];
        }),
        ...model.applications.flatMap((app) =>
            app.tabs
                .filter((tab) => !tab.startsWith('standard-') && !tabNames.has(tab))
                .map((tab) => ({ file: app.file, message: `unknown tab ${tab}` }))
        )
    ];
}
