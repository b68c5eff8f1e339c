/**
 * References from component source to metadata: custom labels (`@salesforce/label/c.X`,
 * `{!$Label.c.X}`) and fields (`@salesforce/schema/Object.Field`). These break only at
 * deploy or run time in an org, so they are collected here and checked offline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRelative } from '../paths';
import { listFiles } from './files';
import type { LabelReference, SchemaReference } from './types';

const SCANNED_EXTENSIONS = new Set(['.js', '.html', '.xml', '.cmp', '.page', '.component', '.app']);
const LABEL_PATTERNS = [/@salesforce\/label\/c\.(\w+)/g, /\$Label\.c\.(\w+)/g];
const SCHEMA_PATTERN = /@salesforce\/schema\/(\w+)(?:\.([\w.]+))?/g;

interface SourceFile {
    file: string;
    source: string;
}

/**
 * Source files under force-app, without tests: sfdx-lwc-jest mocks every label and schema
 * import, so a test may name one that does not exist without anything failing in an org.
 */
function sourceFiles(forceAppDir: string): SourceFile[] {
    return listFiles(forceAppDir, '')
        .filter((file) => SCANNED_EXTENSIONS.has(path.extname(file)))
        .filter((file) => !file.split(path.sep).includes('__tests__') && !file.endsWith('.labels-meta.xml'))
        .filter((file) => !repoRelative(file).startsWith('force-app/test/'))
        .map((file) => ({ file: repoRelative(file), source: readFileSync(file, 'utf8') }));
}

export function readReferences(forceAppDir: string): {
    labelReferences: LabelReference[];
    schemaReferences: SchemaReference[];
} {
    const files = sourceFiles(forceAppDir);
    return {
        labelReferences: files.flatMap(({ file, source }) =>
            LABEL_PATTERNS.flatMap((pattern) =>
                [...source.matchAll(pattern)].map((match) => ({ file, label: match[1] ?? '' }))
            )
        ),
        schemaReferences: files.flatMap(({ file, source }) =>
            [...source.matchAll(SCHEMA_PATTERN)].map((match) => ({
                file,
                object: match[1] ?? '',
                path: match[2] === undefined ? [] : match[2].split('.')
            }))
        )
    };
}
