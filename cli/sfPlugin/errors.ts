/**
 * What went wrong, as sf shows it: an error the user can fix keeps the CLI's exit code and its
 * one redacted, inert line; anything else is a bug, redacted the same way (exit.ts decides which).
 */
import { SfError } from '@salesforce/core';
import { bugError, asInputError } from '../exit.js';
import { redact } from '../../batch/org/redact.js';
import { inertLines } from '../../batch/output/terminalText.js';

export function sfErrorOf(error: unknown): Error {
    const input = asInputError(error);
    if (input === null) return bugError(error);
    return new SfError(inertLines(redact(input.shown())), input.name, undefined, input.exitCode);
}
