/**
 * Which Chromium the browser tests drive, in this order:
 * 1. `CHROMIUM_PATH`, when set (an error if nothing runnable is there: it was asked for);
 * 2. a system Chromium or Chrome: on `PATH` (`chromium`, `chromium-browser`, `google-chrome` …)
 *    or where their packages install it;
 * 3. a Chromium that Playwright installed (`npx playwright install`), in its browsers folder;
 * 4. the Chromium that the `@sparticuz/chromium` devDependency ships inside its npm package, so
 *    that `npm install` alone is enough (see `bundledChromium.ts`).
 * Never a silent skip: when none of them can be had, the error says what was tried.
 * `TRUST_LEDGER_NO_SYSTEM_BROWSER=1` leaves out 2 and 3, so that the fallback can be tried on a
 * machine that has a system Chromium.
 */
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledChromium } from './bundledChromium';

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'playwright' | 'bundled';

export interface FoundBrowser {
    executablePath: string;
    source: BrowserSource;
    /** For people: which browser this is and where it came from. */
    description: string;
    /** Environment the browser needs on top of the tests' (the bundled one's libraries). */
    env: Record<string, string>;
}

/** Where `findBrowser` looks; tests pass a made-up machine. */
export interface Machine {
    env: Readonly<Record<string, string | undefined>>;
    platform: NodeJS.Platform;
    home: string;
    isExecutable(file: string): boolean;
    /** Entries of a folder, or [] when it cannot be read. */
    list(folder: string): string[];
    /** The bundled fallback, or null with the reason it cannot be had. */
    bundled(): Promise<FoundBrowser | { unavailable: string }>;
}

export const NO_SYSTEM_BROWSER = 'TRUST_LEDGER_NO_SYSTEM_BROWSER';

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

const FIXED_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
    linux: [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome',
        '/opt/google/chrome/chrome'
    ],
    darwin: [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    ]
};

/** The executables inside one of Playwright's browser folders (`chromium-1255`, …). */
const PLAYWRIGHT_EXECUTABLES: Record<string, string[]> = {
    chromium: [
        'chrome-linux64/chrome',
        'chrome-linux/chrome',
        'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
        'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'
    ],
    chromium_headless_shell: [
        'chrome-headless-shell-linux64/chrome-headless-shell',
        'chrome-linux/headless_shell',
        'chrome-headless-shell-mac-arm64/chrome-headless-shell'
    ]
};

export class NoBrowserError extends Error {
    override name = 'NoBrowserError';
}

function onPath(machine: Machine): string[] {
    const folders = (machine.env.PATH ?? '').split(path.delimiter).filter((folder) => folder !== '');
    return folders.flatMap((folder) => PATH_NAMES.map((name) => path.join(folder, name)));
}

function systemBrowser(machine: Machine): string | null {
    const candidates = [...onPath(machine), ...(FIXED_PATHS[machine.platform] ?? [])];
    return candidates.find((file) => machine.isExecutable(file)) ?? null;
}

/** Playwright's browsers folder, as Playwright itself resolves it. */
export function playwrightBrowsersFolder(machine: Pick<Machine, 'env' | 'platform' | 'home'>): string {
    const configured = machine.env.PLAYWRIGHT_BROWSERS_PATH;
    if (configured !== undefined && configured !== '' && configured !== '0') return configured;
    if (machine.platform === 'darwin') return path.join(machine.home, 'Library', 'Caches', 'ms-playwright');
    if (machine.platform === 'win32')
        return path.join(
            machine.env.LOCALAPPDATA ?? path.join(machine.home, 'AppData', 'Local'),
            'ms-playwright'
        );
    return path.join(machine.env.XDG_CACHE_HOME ?? path.join(machine.home, '.cache'), 'ms-playwright');
}

/** The newest Chromium (or headless shell) in Playwright's browsers folder. */
function playwrightBrowser(machine: Machine): string | null {
    const folder = playwrightBrowsersFolder(machine);
    const installed = machine
        .list(folder)
        .map((name) => /^(chromium|chromium_headless_shell)-(\d+)$/.exec(name))
        .filter((match): match is RegExpExecArray => match !== null)
        .sort((a, b) => Number(b[2]) - Number(a[2]));
    for (const [name, kind] of installed)
        for (const executable of PLAYWRIGHT_EXECUTABLES[kind as string] ?? []) {
            const file = path.join(folder, name, executable);
            if (machine.isExecutable(file)) return file;
        }
    return null;
}

export async function findBrowser(machine: Machine = thisMachine()): Promise<FoundBrowser> {
    const asked = machine.env.CHROMIUM_PATH;
    if (asked !== undefined && asked !== '') {
        if (!machine.isExecutable(asked))
            throw new NoBrowserError(
                `CHROMIUM_PATH=${asked}: no executable there (unset it to use another browser)`
            );
        return {
            executablePath: asked,
            source: 'CHROMIUM_PATH',
            description: `${asked} (CHROMIUM_PATH)`,
            env: {}
        };
    }
    const tried: string[] = [];
    if (machine.env[NO_SYSTEM_BROWSER] === '1')
        tried.push(`system and Playwright browsers: ${NO_SYSTEM_BROWSER}=1`);
    else {
        const system = systemBrowser(machine);
        if (system !== null)
            return { executablePath: system, source: 'system', description: system, env: {} };
        tried.push(`no ${PATH_NAMES.join(', ')} on PATH or in the usual places`);
        const playwright = playwrightBrowser(machine);
        if (playwright !== null)
            return {
                executablePath: playwright,
                source: 'playwright',
                description: `${playwright} (installed by Playwright)`,
                env: {}
            };
        tried.push(`no Chromium in Playwright's ${playwrightBrowsersFolder(machine)}`);
    }
    const bundled = await machine.bundled();
    if ('executablePath' in bundled) return bundled;
    tried.push(bundled.unavailable);
    throw new NoBrowserError(
        `No Chromium for the browser tests (${tried.join('; ')}). Run npm install (it brings @sparticuz/chromium), install chromium, or set CHROMIUM_PATH.`
    );
}

function isExecutable(file: string): boolean {
    try {
        accessSync(file, constants.X_OK);
        return statSync(file).isFile();
    } catch {
        return false;
    }
}

function list(folder: string): string[] {
    try {
        return readdirSync(folder);
    } catch {
        return [];
    }
}

/** This machine, with the bundled Chromium extracted on demand. */
export function thisMachine(): Machine {
    return {
        env: process.env,
        platform: process.platform,
        home: os.homedir(),
        isExecutable,
        list,
        bundled: () => bundledChromium()
    };
}
