/** `npm run build:engine`: regenerates force-app/…/lwc/trustEngine/trustEngine.js. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE_PATH, REPO_ROOT, renderEngineBundle } from './engineBundle';

renderEngineBundle().then(
    (text) => {
        writeFileSync(BUNDLE_PATH, text);
        process.stdout.write(
            `wrote ${path.relative(REPO_ROOT, BUNDLE_PATH)} (${(text.length / 1024).toFixed(1)} KiB)\n`
        );
    },
    (error: unknown) => {
        process.stderr.write(`build:engine failed: ${String(error)}\n`);
        process.exitCode = 1;
    }
);
