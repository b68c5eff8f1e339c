/** Where the end-to-end run keeps its build and what it leaves for people to look at. */
import path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..', '..');
/** The page built once per run by `globalSetup`. */
export const E2E_BUILD_DIR = path.join(REPO, 'tmp', 'e2e-build');
/** Screenshots and accessibility reports (git-ignored; CI keeps them as build artifacts). */
export const ARTIFACTS_DIR = path.join(REPO, 'tmp', 'e2e-artifacts');
