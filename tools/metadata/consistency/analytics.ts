/** Report types, reports and dashboards: every column must exist where it is used. */
import { findChildRelationship, findFieldOrRelationship } from '../schema';
import type { PackageMetadata, ReportDef, ReportTypeDef } from '../package';
import type { Problem } from './problems';
import { unknownPicklistValues } from './problems';

/** Columns that every summary report has without a field behind them. */
const BUILT_IN_COLUMNS = new Set(['RowCount']);

export function checkAnalytics(pkg: PackageMetadata): Problem[] {
    return [
        ...pkg.reportTypes.flatMap((reportType) => checkReportType(pkg, reportType)),
        ...pkg.reports.flatMap((report) => checkReport(pkg, report)),
        ...checkDashboards(pkg)
    ];
}

/** `Account` → Account, `Account.Trust_Scores__r` → Trust_Score__c, following the joins. */
function tablesOf(
    pkg: PackageMetadata,
    reportType: ReportTypeDef
): { tables: Map<string, string>; problems: Problem[] } {
    const tables = new Map<string, string>();
    const problems: Problem[] = [];
    if (pkg.schema[reportType.baseObject] === undefined) {
        problems.push({ file: reportType.file, message: `unknown base object ${reportType.baseObject}` });
        return { tables, problems };
    }
    let table = reportType.baseObject;
    let object = reportType.baseObject;
    tables.set(table, object);
    for (const relationship of reportType.joins) {
        const child = findChildRelationship(pkg.schema, object, relationship);
        if (child === undefined) {
            problems.push({
                file: reportType.file,
                message: `${object} has no child relationship ${relationship}`
            });
            break;
        }
        table = `${table}.${relationship}`;
        object = child.object;
        tables.set(table, object);
    }
    return { tables, problems };
}

function checkReportType(pkg: PackageMetadata, reportType: ReportTypeDef): Problem[] {
    const { tables, problems } = tablesOf(pkg, reportType);
    for (const column of reportType.columns) {
        const object = tables.get(column.table);
        if (object === undefined) {
            problems.push({
                file: reportType.file,
                message: `column ${column.field} on unknown table ${column.table}`
            });
        } else if (findFieldOrRelationship(pkg.schema, object, column.field) === undefined) {
            problems.push({
                file: reportType.file,
                message: `unknown field ${object}.${column.field} (table ${column.table})`
            });
        }
    }
    return problems;
}

function checkReport(pkg: PackageMetadata, report: ReportDef): Problem[] {
    const problem = (message: string): Problem => ({ file: report.file, message });
    const problems: Problem[] = [];
    if (!pkg.reportFolders.includes(report.folder))
        problems.push(problem(`unknown report folder ${report.folder}`));
    // Standard report types name their columns differently (ACCOUNT.NAME …); only custom ones are checked.
    if (!report.reportType.endsWith('__c')) return problems;
    const reportType = pkg.reportTypes.find((candidate) => `${candidate.name}__c` === report.reportType);
    if (reportType === undefined) return [...problems, problem(`unknown report type ${report.reportType}`)];
    const { tables } = tablesOf(pkg, reportType);
    const offered = new Set(reportType.columns.map((column) => `${column.table}$${column.field}`));
    for (const ref of report.fieldRefs) {
        if (BUILT_IN_COLUMNS.has(ref.column)) continue;
        if (!offered.has(ref.column)) {
            problems.push(
                problem(`${ref.usage} ${ref.column} is not a column of report type ${reportType.name}`)
            );
            continue;
        }
        const [table = '', field = ''] = ref.column.split('$');
        const object = tables.get(table);
        const spec =
            object === undefined ? undefined : findFieldOrRelationship(pkg.schema, object, field)?.spec;
        if (ref.value !== undefined && spec?.type === 'Picklist' && spec.picklistValues !== undefined) {
            for (const value of unknownPicklistValues(ref.value, spec.picklistValues)) {
                problems.push(problem(`filter value "${value}" is not a value of ${ref.column}`));
            }
        }
    }
    return problems;
}

function checkDashboards(pkg: PackageMetadata): Problem[] {
    return pkg.dashboards.flatMap((dashboard) => {
        const problem = (message: string): Problem => ({ file: dashboard.file, message });
        const problems: Problem[] = [];
        const folder = dashboard.fullName.split('/')[0] ?? '';
        if (!pkg.dashboardFolders.includes(folder))
            problems.push(problem(`unknown dashboard folder ${folder}`));
        for (const component of dashboard.components) {
            const report = pkg.reports.find((candidate) => candidate.fullName === component.report);
            if (report === undefined) {
                problems.push(
                    problem(`component "${component.header}" uses unknown report ${component.report}`)
                );
                continue;
            }
            if (
                component.groupingColumn !== undefined &&
                !report.groupings.includes(component.groupingColumn)
            ) {
                problems.push(
                    problem(
                        `component "${component.header}" groups by ${component.groupingColumn}, not a grouping of ${report.fullName}`
                    )
                );
            }
            const reportColumns = new Set(report.fieldRefs.map((ref) => ref.column));
            for (const column of component.summaryColumns) {
                if (!BUILT_IN_COLUMNS.has(column) && !reportColumns.has(column)) {
                    problems.push(
                        problem(
                            `component "${component.header}" summarises ${column}, not a column of ${report.fullName}`
                        )
                    );
                }
            }
        }
        return problems;
    });
}
