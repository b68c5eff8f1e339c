/**
 * Which browser the browser tests pick, on made-up machines: `CHROMIUM_PATH` first (an error,
 * not a fallback, when nothing is there), then a system Chromium or Chrome, then Playwright's,
 * then the one shipped in the npm package; an error that says what was tried when there is
 * none, never a skip.
 */
import path from 'node:path';
import {
    findBrowser,
    NoBrowserError,
    NO_SYSTEM_BROWSER,
    type FoundBrowser,
    type Machine
} from '../findBrowser';

const BUNDLED: FoundBrowser = {
    executablePath: '/repo/node_modules/.cache/trust-ledger/chromium-143.0.4/chromium',
    source: 'bundled',
    description: 'Chromium from @sparticuz/chromium 143.0.4',
    env: { LD_LIBRARY_PATH: '/lib' }
};

function machine(
    options: {
        env?: Record<string, string>;
        executables?: string[];
        folders?: Record<string, string[]>;
        bundled?: FoundBrowser | { unavailable: string };
    } = {}
): Machine & { bundledCalls: number } {
    const executables = new Set(options.executables ?? []);
    const result = {
        env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...options.env },
        platform: 'linux' as NodeJS.Platform,
        home: '/home/dev',
        isExecutable: (file: string) => executables.has(file),
        list: (folder: string) => options.folders?.[folder] ?? [],
        bundledCalls: 0,
        bundled: async () => {
            result.bundledCalls += 1;
            return options.bundled ?? BUNDLED;
        }
    };
    return result;
}

describe('findBrowser', () => {
    it('takes CHROMIUM_PATH over everything else', async () => {
        const found = await findBrowser(
            machine({
                env: { CHROMIUM_PATH: '/opt/mine/chrome' },
                executables: ['/opt/mine/chrome', '/usr/bin/chromium']
            })
        );
        expect(found).toMatchObject({ executablePath: '/opt/mine/chrome', source: 'CHROMIUM_PATH' });
    });

    it('refuses a CHROMIUM_PATH with nothing there instead of quietly using another browser', async () => {
        const on = machine({ env: { CHROMIUM_PATH: '/nope/chrome' }, executables: ['/usr/bin/chromium'] });
        await expect(findBrowser(on)).rejects.toThrow(
            new NoBrowserError(
                'CHROMIUM_PATH=/nope/chrome: no executable there (unset it to use another browser)'
            )
        );
        expect(on.bundledCalls).toBe(0);
    });

    it.each([
        ['Debian’s chromium', ['/usr/bin/chromium'], '/usr/bin/chromium'],
        [
            'a chromium-browser on PATH',
            ['/usr/local/bin/chromium-browser'],
            '/usr/local/bin/chromium-browser'
        ],
        ['Google Chrome', ['/opt/google/chrome/chrome'], '/opt/google/chrome/chrome'],
        ['a snap', ['/snap/bin/chromium'], '/snap/bin/chromium']
    ])('finds %s', async (_name, executables, expected) => {
        const on = machine({ executables });
        expect(await findBrowser(on)).toMatchObject({ executablePath: expected, source: 'system' });
        expect(on.bundledCalls).toBe(0);
    });

    it('finds the newest Chromium that Playwright installed, in PLAYWRIGHT_BROWSERS_PATH too', async () => {
        const cache = '/home/dev/.cache/ms-playwright';
        const newest = path.join(cache, 'chromium-1255', 'chrome-linux64', 'chrome');
        const found = await findBrowser(
            machine({
                folders: { [cache]: ['chromium-1187', 'chromium-1255', 'ffmpeg-1011'] },
                executables: [path.join(cache, 'chromium-1187', 'chrome-linux', 'chrome'), newest]
            })
        );
        expect(found).toMatchObject({ executablePath: newest, source: 'playwright' });
        const shell = '/pw/chromium_headless_shell-1255/chrome-headless-shell-linux64/chrome-headless-shell';
        const configured = await findBrowser(
            machine({
                env: { PLAYWRIGHT_BROWSERS_PATH: '/pw' },
                folders: { '/pw': ['chromium_headless_shell-1255'] },
                executables: [shell]
            })
        );
        expect(configured).toMatchObject({ executablePath: shell, source: 'playwright' });
    });

    it('falls back to the Chromium shipped in the npm package when the machine has none', async () => {
        const on = machine();
        expect(await findBrowser(on)).toBe(BUNDLED);
        expect(on.bundledCalls).toBe(1);
    });

    it(`skips the system and Playwright browsers under ${NO_SYSTEM_BROWSER}=1, so the fallback can be tried anywhere`, async () => {
        const cache = '/home/dev/.cache/ms-playwright';
        const on = machine({
            env: { [NO_SYSTEM_BROWSER]: '1' },
            executables: ['/usr/bin/chromium', path.join(cache, 'chromium-1255', 'chrome-linux', 'chrome')],
            folders: { [cache]: ['chromium-1255'] }
        });
        expect(await findBrowser(on)).toBe(BUNDLED);
        // CHROMIUM_PATH still wins: it is asked for by name.
        const asked = machine({
            env: { [NO_SYSTEM_BROWSER]: '1', CHROMIUM_PATH: '/usr/bin/chromium' },
            executables: ['/usr/bin/chromium']
        });
        expect(await findBrowser(asked)).toMatchObject({ source: 'CHROMIUM_PATH' });
    });

    it('fails with what it tried when there is no browser at all', async () => {
        const on = machine({
            bundled: { unavailable: '@sparticuz/chromium is not installed (npm install brings it)' }
        });
        const failure = findBrowser(on);
        await expect(failure).rejects.toThrow(NoBrowserError);
        await expect(failure).rejects.toThrow(/chromium, chromium-browser, google-chrome.*on PATH/);
        await expect(failure).rejects.toThrow(/Playwright's \/home\/dev\/\.cache\/ms-playwright/);
        await expect(failure).rejects.toThrow(/@sparticuz\/chromium is not installed/);
        await expect(failure).rejects.toThrow(/set CHROMIUM_PATH/);
    });
});
