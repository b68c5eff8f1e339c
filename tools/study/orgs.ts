/**
 * The generated orgs of the defaults study: one CSV export per seed, written once into a
 * cache folder and reused, so re-running the study with another model file replays the same
 * evidence.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateDemoData } from '../demo';

export interface StudyOrg {
    /** How the study names the org in its output: `seed 3`, or the folder's name. */
    label: string;
    folder: string;
    /** The seed and size a generated org was written with; null for an export such as the demo. */
    generated: { seed: number; accounts: number } | null;
}

/** The options an org was generated with, kept beside it: a cached folder is reused only if they match. */
const STAMP = 'study-org.json';

export async function generatedOrg(cache: string, seed: number, accounts: number): Promise<StudyOrg> {
    const folder = path.join(cache, `seed-${seed}-accounts-${accounts}`);
    const stamp = JSON.stringify({ seed, accounts });
    const stampFile = path.join(folder, STAMP);
    if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
        await generateDemoData({ accounts, outDir: folder, seed });
        writeFileSync(stampFile, stamp);
    }
    return { label: `seed ${seed}`, folder, generated: { seed, accounts } };
}
