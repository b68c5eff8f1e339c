import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Checkpoint } from '../../org/checkpoint';
import { CheckpointStep, checkpointModelKey } from '../checkpointStep';

const ORG = 'https://acme.my.salesforce.com';
const JOB = { asOf: '2026-06-30', modelKey: 'a0X:3:full', accounts: 1000, fingerprint: '001A…001Z' };

let scratch: string;
beforeEach(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-checkpoint-step-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const saved = (checkpoint: Checkpoint): unknown => JSON.parse(readFileSync(checkpoint.file, 'utf8'));

describe('the checkpoint step', () => {
    it('names the job by model record, version and kind of run', () => {
        expect(checkpointModelKey('a0X', 3, null)).toBe('a0X:3:full');
        expect(checkpointModelKey(null, 1, '2026-06-01T00:00:00Z')).toBe('default:1:2026-06-01T00:00:00Z');
    });

    it('resumes where an earlier run of the same job stopped, and only moves forward', () => {
        const checkpoint = new Checkpoint(scratch, ORG, JOB.asOf);
        checkpoint.save({ ...JOB, written: 400 });
        const step = new CheckpointStep(checkpoint, JOB, false);
        expect(step.resumedFrom).toBe(400);
        expect(step.ignored).toBeNull();
        // A writer that holds less than was already written does not move it back.
        step.advance(200);
        expect(saved(checkpoint)).toEqual({ ...JOB, written: 400 });
        step.advance(600);
        expect(saved(checkpoint)).toEqual({ ...JOB, written: 600 });
        step.advance(600);
        step.advance(550);
        expect(saved(checkpoint)).toEqual({ ...JOB, written: 600 });
        step.clear();
        expect(existsSync(checkpoint.file)).toBe(false);
    });

    it('leaves aside and removes a checkpoint of another job, saying why', () => {
        const checkpoint = new Checkpoint(scratch, ORG, JOB.asOf);
        checkpoint.save({ ...JOB, modelKey: 'a0X:2:full', written: 400 });
        const step = new CheckpointStep(checkpoint, JOB, false);
        expect(step.resumedFrom).toBe(0);
        expect(step.ignored).toEqual({ issue: 'otherJob', file: checkpoint.file });
        expect(existsSync(checkpoint.file)).toBe(false);
    });

    it('saves nothing until the org holds a first account', () => {
        const checkpoint = new Checkpoint(scratch, ORG, JOB.asOf);
        const step = new CheckpointStep(checkpoint, JOB, false);
        step.advance(0);
        expect(existsSync(checkpoint.file)).toBe(false);
        step.advance(1);
        expect(saved(checkpoint)).toEqual({ ...JOB, written: 1 });
    });

    it('in a dry run, neither resumes, saves nor removes anything', () => {
        const checkpoint = new Checkpoint(scratch, ORG, JOB.asOf);
        writeFileSync(checkpoint.file, 'not json');
        const step = new CheckpointStep(checkpoint, JOB, true);
        expect(step.resumedFrom).toBe(0);
        expect(step.ignored).toBeNull();
        step.advance(500);
        step.clear();
        expect(readFileSync(checkpoint.file, 'utf8')).toBe('not json');
    });
});
