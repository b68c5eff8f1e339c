/** Navigation and page definitions: layouts, tabs, Lightning apps, Lightning pages. */
import { repoRelative } from '../paths';
import { elements, readXml, text, texts } from '../xml';
import { baseName, listFiles } from './files';
import type { ApplicationDef, LayoutDef, TabDef } from './types';

/** Layout files are named `<Object>-<Layout Name>.layout-meta.xml`. */
export function readLayouts(layoutsDir: string): LayoutDef[] {
    const suffix = '.layout-meta.xml';
    return listFiles(layoutsDir, suffix).map((file) => {
        const name = baseName(file, suffix);
        const dash = name.indexOf('-');
        const items = elements(readXml(file).element, 'layoutSections')
            .flatMap((section) => elements(section, 'layoutColumns'))
            .flatMap((column) => elements(column, 'layoutItems'))
            .map((item) => ({ field: text(item, 'field') ?? '', behavior: text(item, 'behavior') ?? '' }))
            // Blank spaces, canvases and components have no field.
            .filter((item) => item.field !== '');
        return {
            file: repoRelative(file),
            object: dash < 0 ? name : name.slice(0, dash),
            name: dash < 0 ? name : name.slice(dash + 1),
            items
        };
    });
}

export function readTabs(tabsDir: string): TabDef[] {
    const suffix = '.tab-meta.xml';
    return listFiles(tabsDir, suffix).map((file) => {
        const tab = readXml(file).element;
        const def: TabDef = {
            file: repoRelative(file),
            name: baseName(file, suffix),
            customObject: text(tab, 'customObject') === 'true'
        };
        const flexiPage = text(tab, 'flexiPage');
        if (flexiPage !== undefined) def.flexiPage = flexiPage;
        return def;
    });
}

export function readApplications(applicationsDir: string): ApplicationDef[] {
    const suffix = '.app-meta.xml';
    return listFiles(applicationsDir, suffix).map((file) => ({
        file: repoRelative(file),
        name: baseName(file, suffix),
        tabs: texts(readXml(file).element, 'tabs')
    }));
}

export function readFlexiPageNames(flexipagesDir: string): string[] {
    const suffix = '.flexipage-meta.xml';
    return listFiles(flexipagesDir, suffix).map((file) => baseName(file, suffix));
}
