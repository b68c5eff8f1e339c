/** Where the preview's sources, the components it compiles and its build output live. */
import path from 'node:path';
import { REPO_ROOT, componentRoots, defaultDir } from '../metadata/paths';

export { REPO_ROOT };

/** The `lwc` folders whose bundles deploy to Salesforce, compiled unchanged (`c/<folder>`). */
export const COMPONENTS_DIR: readonly string[] = componentRoots();
export const LABELS_DIR = path.join(defaultDir(), 'labels');

/** This folder. */
export const PREVIEW_DIR = __dirname;
/**
 * Local implementations of the platform modules (`lightning/*`) and the preview's own shell
 * (`preview/*`), by namespace folder. Named `lwc` so Prettier formats their templates with its
 * LWC parser, as it does the package's.
 */
export const MODULES_DIR = path.join(__dirname, 'lwc');
/** The page: HTML and the bundle's entry. */
export const PAGE_DIR = path.join(__dirname, 'page');

/** Build output, git-ignored (`tmp/`). */
export const DEFAULT_OUT_DIR = path.join(REPO_ROOT, 'tmp', 'preview');
/** The local org's data for `npm run preview`: the same store `npm start` uses. */
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.localorg', 'demo');
