/**
 * The browser tests' last resort: the headless Chromium that the `@sparticuz/chromium`
 * devDependency ships inside its npm package (Linux x64), so that `npm install` alone gives a
 * machine a browser. Its `bin/` holds the browser and what it needs, brotli-compressed: the
 * binary, the NSS and expat libraries it links against (for machines without them), fonts, and
 * SwiftShader. The version is pinned to 143.0.4, the newest whose `engines` accepts Node 20
 * (later ones require Node 22.17).
 *
 * They are extracted once per package version into
 * `node_modules/.cache/trust-ledger/chromium-<version>/`: into a private folder first, renamed
 * into place when complete, so a killed run or two runs at once never leave a half-written
 * browser behind. (The package's own `executablePath()` inflates into the shared temp folder,
 * in place, and reuses whatever a killed run left there.)
 */
import { spawnSync } from 'node:child_process';
import {
    createReadStream,
    createWriteStream,
    existsSync,
    mkdirSync,
    readdirSync,
    readFileSync,
    renameSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import type { FoundBrowser } from './findBrowser';
import { REPO } from './paths';

export const BUNDLED_PACKAGE = '@sparticuz/chromium';
export const DEFAULT_CACHE = path.join(REPO, 'node_modules', '.cache', 'trust-ledger');

export interface BundledOptions {
    /** Where extracted versions are kept (default `node_modules/.cache/trust-ledger`). */
    cacheRoot?: string;
    /** The installed package's folder (default: resolved from here). */
    packageRoot?: string | null;
    platform?: string;
    arch?: string;
}

/** The installed package's folder, or null when it is not installed. */
export function bundledPackageRoot(): string | null {
    let entry: string;
    try {
        entry = require.resolve(BUNDLED_PACKAGE);
    } catch {
        return null;
    }
    // Its `exports` hide package.json from require.resolve: walk up from the entry file.
    for (let folder = path.dirname(entry); folder !== path.dirname(folder); folder = path.dirname(folder)) {
        const manifest = path.join(folder, 'package.json');
        if (
            existsSync(manifest) &&
            (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === BUNDLED_PACKAGE
        )
            return folder;
    }
    return null;
}

/** A `.br` file decompressed to `file`. */
async function inflateFile(source: string, file: string): Promise<void> {
    await pipeline(
        createReadStream(source),
        createBrotliDecompress(),
        createWriteStream(file, { mode: 0o755 })
    );
}

/** A `.tar.br` archive decompressed and unpacked (by the system's `tar`) into `folder`. */
async function inflateArchive(source: string, folder: string): Promise<void> {
    mkdirSync(folder, { recursive: true });
    // Through a file, not a pipe: tar stops reading at the end-of-archive marker, which would
    // cut the pipe short.
    const archive = path.join(folder, `.${path.basename(source, '.br')}`);
    try {
        await inflateFile(source, archive);
        const tar = spawnSync('tar', ['-x', '--no-same-owner', '-f', archive, '-C', folder], {
            encoding: 'utf8'
        });
        if (tar.status !== 0)
            throw new Error(
                `tar could not unpack ${source} (${tar.error?.message ?? `exit ${tar.status}`}): ${tar.stderr.trim()}`
            );
    } finally {
        rmSync(archive, { force: true });
    }
}

/**
 * A fontconfig file naming the package's fonts and the system's: the one in the package
 * points at Lambda's folders.
 */
function fontConfig(folder: string): string {
    return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>${path.join(folder, 'fonts', 'fonts')}</dir>
  <cachedir>${path.join(folder, 'fonts-cache')}</cachedir>
</fontconfig>
`;
}

function alive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/** Removes what killed runs left half-extracted (a couple of hundred MB each). */
function removeStaleStaging(target: string): void {
    const folder = path.dirname(target);
    const prefix = `${path.basename(target)}.partial-`;
    let names: string[] = [];
    try {
        names = readdirSync(folder);
    } catch {
        return;
    }
    for (const name of names) {
        const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
        if (name.startsWith(prefix) && Number.isInteger(pid) && !alive(pid))
            rmSync(path.join(folder, name), { recursive: true, force: true });
    }
}

async function extract(bin: string, target: string): Promise<void> {
    removeStaleStaging(target);
    const staging = `${target}.partial-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    mkdirSync(staging, { recursive: true });
    try {
        await inflateFile(path.join(bin, 'chromium.br'), path.join(staging, 'chromium'));
        // Laid out as the package lays them out: SwiftShader beside the binary.
        await inflateArchive(path.join(bin, 'swiftshader.tar.br'), staging);
        await inflateArchive(path.join(bin, 'fonts.tar.br'), path.join(staging, 'fonts'));
        await inflateArchive(path.join(bin, 'al2023.tar.br'), path.join(staging, 'al2023'));
        writeFileSync(path.join(staging, 'fonts.conf'), fontConfig(target));
        try {
            renameSync(staging, target);
        } catch (error) {
            // Another run finished first: its copy is as good as ours.
            if (!existsSync(path.join(target, 'chromium'))) throw error;
        }
    } finally {
        rmSync(staging, { recursive: true, force: true });
    }
}

/** The bundled Chromium, extracted if need be, or why it cannot be had here. */
export async function bundledChromium(
    options: BundledOptions = {}
): Promise<FoundBrowser | { unavailable: string }> {
    const platform = options.platform ?? process.platform;
    const arch = options.arch ?? process.arch;
    if (platform !== 'linux' || arch !== 'x64')
        return {
            unavailable: `${BUNDLED_PACKAGE} ships a Linux x64 Chromium only, not one for ${platform} ${arch}`
        };
    const root = options.packageRoot === undefined ? bundledPackageRoot() : options.packageRoot;
    if (root === null) return { unavailable: `${BUNDLED_PACKAGE} is not installed (npm install brings it)` };
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
        .version;
    const target = path.join(options.cacheRoot ?? DEFAULT_CACHE, `chromium-${version}`);
    if (!existsSync(path.join(target, 'chromium'))) await extract(path.join(root, 'bin'), target);
    const libraries = path.join(target, 'al2023', 'lib');
    const inherited = process.env.LD_LIBRARY_PATH;
    return {
        executablePath: path.join(target, 'chromium'),
        source: 'bundled',
        description: `Chromium from ${BUNDLED_PACKAGE} ${version} (${target})`,
        env: {
            LD_LIBRARY_PATH:
                inherited === undefined || inherited === '' ? libraries : `${libraries}:${inherited}`,
            FONTCONFIG_FILE: path.join(target, 'fonts.conf')
        }
    };
}
