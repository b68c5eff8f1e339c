/**
 * What a browser test file starts before its tests: a preview (a local org and its server) and
 * a browser. They start side by side to save time; when either cannot start, the other is
 * stopped before the error is reported, so a failed suite leaves no server, org or browser
 * open that would keep jest from exiting.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startE2EPreview, type E2EPreview } from './preview';

export interface Starter<T> {
    start(): Promise<T>;
    stop(started: T): Promise<void>;
}

/** Both started, or neither left running (the first failure is rethrown). */
export async function startTogether<A, B>(first: Starter<A>, second: Starter<B>): Promise<[A, B]> {
    const [a, b] = await Promise.allSettled([first.start(), second.start()]);
    if (a.status === 'fulfilled' && b.status === 'fulfilled') return [a.value, b.value];
    await Promise.allSettled([
        a.status === 'fulfilled' ? first.stop(a.value) : Promise.resolve(),
        b.status === 'fulfilled' ? second.stop(b.value) : Promise.resolve()
    ]);
    throw a.status === 'rejected' ? a.reason : (b as PromiseRejectedResult).reason;
}

/** A preview of its own and the run's browser, for one test file. */
export async function startPreviewAndBrowser(
    launch: () => Promise<Browser> = launchChromium,
    previewOptions: { importFrom?: string } = {}
): Promise<{ preview: E2EPreview; browser: Browser }> {
    const [preview, browser] = await startTogether(
        { start: () => startE2EPreview(previewOptions), stop: (started) => started.stop() },
        { start: launch, stop: (started) => started.close() }
    );
    return { preview, browser };
}
