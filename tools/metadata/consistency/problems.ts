import type { PackageMetadata } from '../package';

/** One inconsistency, reported against the file that has to change. */
export interface Problem {
    file: string;
    message: string;
}

export type Rule = (pkg: PackageMetadata) => Problem[];

export function formatProblem(problem: Problem): string {
    return `${problem.file}: ${problem.message}`;
}

/** `Object.Field` → its parts; undefined when there is no dot. */
export function splitQualifiedField(qualified: string): { object: string; field: string } | undefined {
    const dot = qualified.indexOf('.');
    if (dot <= 0) return undefined;
    return { object: qualified.slice(0, dot), field: qualified.slice(dot + 1) };
}

/** Picklist filters may hold several comma-separated values. */
export function unknownPicklistValues(value: string, allowed: readonly string[]): string[] {
    return value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '' && !allowed.includes(part));
}
