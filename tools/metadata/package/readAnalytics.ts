/** Report types, reports, dashboards and their folders. */
import path from 'node:path';
import { repoRelative } from '../paths';
import type { XmlElement } from '../xml';
import { element, elements, readXml, text, texts } from '../xml';
import { baseName, listFiles } from './files';
import type { DashboardDef, ReportDef, ReportFieldRef, ReportTypeDef } from './types';

export function readReportTypes(reportTypesDir: string): ReportTypeDef[] {
    const suffix = '.reportType-meta.xml';
    return listFiles(reportTypesDir, suffix).map((file) => {
        const reportType = readXml(file).element;
        return {
            file: repoRelative(file),
            name: baseName(file, suffix),
            baseObject: text(reportType, 'baseObject') ?? '',
            joins: joinsOf(reportType),
            columns: elements(reportType, 'sections')
                .flatMap((section) => elements(section, 'columns'))
                .map((column) => ({ table: text(column, 'table') ?? '', field: text(column, 'field') ?? '' }))
        };
    });
}

/** Joins nest (`join/relationship`, then `join/join/relationship` …). */
function joinsOf(parent: XmlElement): string[] {
    const join = element(parent, 'join');
    if (join === undefined) return [];
    const relationship = text(join, 'relationship');
    return [...(relationship === undefined ? [] : [relationship]), ...joinsOf(join)];
}

/** Folder definitions sit beside their folder: `reports/<Folder>.reportFolder-meta.xml`. */
export function readFolderNames(dir: string, suffix: string): string[] {
    return listFiles(dir, suffix)
        .filter((file) => path.dirname(file) === dir)
        .map((file) => baseName(file, suffix));
}

export function readReports(reportsDir: string): ReportDef[] {
    const suffix = '.report-meta.xml';
    return listFiles(reportsDir, suffix).map((file) => {
        const report = readXml(file).element;
        const folder = path.relative(reportsDir, path.dirname(file)).split(path.sep).join('/');
        const groupings = [...elements(report, 'groupingsDown'), ...elements(report, 'groupingsAcross')].map(
            (grouping) => text(grouping, 'field') ?? ''
        );
        return {
            file: repoRelative(file),
            fullName: `${folder}/${baseName(file, suffix)}`,
            folder,
            reportType: text(report, 'reportType') ?? '',
            fieldRefs: reportFieldRefs(report, groupings),
            groupings
        };
    });
}

function reportFieldRefs(report: XmlElement, groupings: string[]): ReportFieldRef[] {
    const refs: ReportFieldRef[] = [
        ...elements(report, 'columns').map((column) => ({
            column: text(column, 'field') ?? '',
            usage: 'column'
        })),
        ...groupings.map((column) => ({ column, usage: 'grouping' })),
        ...elements(element(report, 'filter') ?? {}, 'criteriaItems').map((item) => {
            const value = text(item, 'value');
            return {
                column: text(item, 'column') ?? '',
                usage: 'filter',
                ...(value === undefined || value === '' ? {} : { value })
            };
        })
    ];
    const sortColumn = text(report, 'sortColumn');
    if (sortColumn !== undefined) refs.push({ column: sortColumn, usage: 'sort' });
    const dateColumn = text(element(report, 'timeFrameFilter') ?? {}, 'dateColumn');
    if (dateColumn !== undefined) refs.push({ column: dateColumn, usage: 'time frame' });
    return refs;
}

export function readDashboards(dashboardsDir: string): DashboardDef[] {
    const suffix = '.dashboard-meta.xml';
    return listFiles(dashboardsDir, suffix).map((file) => {
        const dashboard = readXml(file).element;
        const folder = path.relative(dashboardsDir, path.dirname(file)).split(path.sep).join('/');
        // Lightning dashboards keep components in a grid; classic ones in left/middle/right sections.
        const components = [
            ...elements(element(dashboard, 'dashboardGridLayout') ?? {}, 'dashboardGridComponents').flatMap(
                (cell) => elements(cell, 'dashboardComponent')
            ),
            ...['leftSection', 'middleSection', 'rightSection'].flatMap((section) =>
                elements(element(dashboard, section) ?? {}, 'components')
            )
        ];
        return {
            file: repoRelative(file),
            fullName: `${folder}/${baseName(file, suffix)}`,
            components: components.map((component) => {
                const groupingColumn = text(component, 'groupingColumn');
                return {
                    header: text(component, 'header') ?? '',
                    report: text(component, 'report') ?? '',
                    ...(groupingColumn === undefined ? {} : { groupingColumn }),
                    summaryColumns: elements(component, 'chartSummary').flatMap((summary) =>
                        texts(summary, 'column')
                    )
                };
            })
        };
    });
}
