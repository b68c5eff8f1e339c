/**
 * Extracting the Chromium shipped in `@sparticuz/chromium`, on a small stand-in package laid
 * out as the real one (brotli-compressed binary and tar archives under `bin/`): what lands in
 * the cache and the environment the browser gets, reuse, two runs at once, what a killed run
 * left behind, a broken archive, and a machine where the package is not there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    rmSync,
    statSync,
    writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { bundledChromium, bundledPackageRoot } from '../bundledChromium';
import type { FoundBrowser } from '../findBrowser';

let scratch: string;
let packageRoot: string;
let cacheRoot: string;

/** `files` as a tar archive, brotli-compressed. */
function tarBr(files: Record<string, string>): Buffer {
    const folder = mkdtempSync(path.join(scratch, 'tar-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), text);
    }
    return brotliCompressSync(execFileSync('tar', ['-c', '-C', folder, ...Object.keys(files)]));
}

function fakePackage(version: string): string {
    const root = path.join(scratch, `package-${version}`);
    mkdirSync(path.join(root, 'bin'), { recursive: true });
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: '@sparticuz/chromium', version }));
    writeFileSync(
        path.join(root, 'bin', 'chromium.br'),
        brotliCompressSync('#!/bin/sh\necho "Chromium 143.0.0"\n')
    );
    writeFileSync(path.join(root, 'bin', 'swiftshader.tar.br'), tarBr({ 'libGLESv2.so': 'gl' }));
    writeFileSync(
        path.join(root, 'bin', 'fonts.tar.br'),
        tarBr({ 'fonts.conf': '<fontconfig/>', 'fonts/Open_Sans/OpenSans-Regular.ttf': 'ttf' })
    );
    writeFileSync(path.join(root, 'bin', 'al2023.tar.br'), tarBr({ 'lib/libnss3.so': 'nss' }));
    return root;
}

beforeEach(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'trust-ledger-bundled-'));
    packageRoot = fakePackage('143.0.4');
    cacheRoot = path.join(scratch, 'cache');
});

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const linux = { platform: 'linux', arch: 'x64' };

async function extracted(options: { packageRoot?: string } = {}): Promise<FoundBrowser> {
    const found = await bundledChromium({ cacheRoot, packageRoot, ...linux, ...options });
    if (!('executablePath' in found)) throw new Error(found.unavailable);
    return found;
}

describe('the Chromium shipped in @sparticuz/chromium', () => {
    it('is extracted once per version, runnable, with its libraries and fonts for the browser', async () => {
        const found = await extracted();
        const folder = path.join(cacheRoot, 'chromium-143.0.4');
        expect(found).toMatchObject({ executablePath: path.join(folder, 'chromium'), source: 'bundled' });
        expect(found.description).toContain('@sparticuz/chromium 143.0.4');
        expect(spawnSync(found.executablePath, { encoding: 'utf8' }).stdout).toBe('Chromium 143.0.0\n');
        expect(readFileSync(path.join(folder, 'al2023', 'lib', 'libnss3.so'), 'utf8')).toBe('nss');
        expect(existsSync(path.join(folder, 'libGLESv2.so'))).toBe(true);
        expect(found.env.LD_LIBRARY_PATH?.split(':')[0]).toBe(path.join(folder, 'al2023', 'lib'));
        const fontConfig = readFileSync(found.env.FONTCONFIG_FILE as string, 'utf8');
        expect(fontConfig).toContain(`<dir>${path.join(folder, 'fonts', 'fonts')}</dir>`);
        expect(readdirSync(cacheRoot)).toEqual(['chromium-143.0.4']);
    });

    it('reuses what it extracted before', async () => {
        const first = await extracted();
        const written = statSync(first.executablePath).mtimeMs;
        rmSync(path.join(packageRoot, 'bin'), { recursive: true });
        const again = await extracted();
        expect(again.executablePath).toBe(first.executablePath);
        expect(statSync(again.executablePath).mtimeMs).toBe(written);
    });

    it('serves two runs at once with one complete copy', async () => {
        const [a, b] = await Promise.all([extracted(), extracted()]);
        expect(a.executablePath).toBe(b.executablePath);
        expect(spawnSync(a.executablePath, { encoding: 'utf8' }).stdout).toBe('Chromium 143.0.0\n');
        expect(readdirSync(cacheRoot)).toEqual(['chromium-143.0.4']);
    });

    it('removes what a killed run left half-extracted, and never uses it', async () => {
        // A pid far above any pid_max: no process has it.
        const leftover = path.join(cacheRoot, 'chromium-143.0.4.partial-999999999-1-x');
        mkdirSync(leftover, { recursive: true });
        writeFileSync(path.join(leftover, 'chromium'), 'trunc');
        const found = await extracted();
        expect(spawnSync(found.executablePath, { encoding: 'utf8' }).stdout).toBe('Chromium 143.0.0\n');
        expect(readdirSync(cacheRoot)).toEqual(['chromium-143.0.4']);
    });

    it('fails on a broken archive and leaves nothing a later run would take for complete', async () => {
        writeFileSync(path.join(packageRoot, 'bin', 'fonts.tar.br'), 'not brotli');
        await expect(extracted()).rejects.toThrow();
        expect(readdirSync(cacheRoot)).toEqual([]);
    });

    it('says why it cannot be had: not installed, or not Linux x64', async () => {
        expect(await bundledChromium({ cacheRoot, packageRoot: null, ...linux })).toEqual({
            unavailable: '@sparticuz/chromium is not installed (npm install brings it)'
        });
        expect(await bundledChromium({ cacheRoot, packageRoot, platform: 'darwin', arch: 'arm64' })).toEqual({
            unavailable: '@sparticuz/chromium ships a Linux x64 Chromium only, not one for darwin arm64'
        });
    });

    it('finds the installed package (the devDependency)', () => {
        const root = bundledPackageRoot();
        expect(root).not.toBeNull();
        expect(existsSync(path.join(root as string, 'bin', 'chromium.br'))).toBe(true);
    });
});
