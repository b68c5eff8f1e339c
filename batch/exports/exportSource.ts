/** Where staged rows come from: a CSV export folder, or (see batch/org) an org's API. */
import type { TableStager } from './tableStager';

export interface ExportSource {
    /** A name for messages, e.g. the folder or the org's instance URL. */
    readonly description: string;
    /** How messages name an object's data: `Opportunity.csv` for a folder, `Opportunity` for an org. */
    label(apiName: string): string;
    /**
     * Pushes the object's header and rows into the stager. Resolves to false when the source
     * has no such data (a missing file); rejects with an error naming where bad input is.
     */
    readTable(stager: TableStager): Promise<boolean>;
    /**
     * Like readTable, through a faster reader that reads only well-formed data (a folder's
     * plainCsv.ts): null when the data needs readTable, which then gets a new stager (this
     * one is spent) and reports any problem.
     */
    readPlainTable?(stager: TableStager): Promise<boolean | null>;
}
