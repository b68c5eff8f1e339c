/**
 * A browser test file starts a preview and a browser side by side. When one of them cannot
 * start (no browser, a browser that crashes at launch), the other must be stopped: a preview
 * left running kept jest from ever exiting, so a machine without Chromium hung the test run.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTogether, type Starter } from '../suite';

/** A real server, as the preview's: open handles are what kept jest alive. */
function server(): Starter<http.Server> & { open: () => boolean } {
    let started: http.Server | null = null;
    return {
        start: async () => {
            started = http.createServer((_request, response) => response.end());
            const listening = started;
            await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
            return listening;
        },
        stop: (running) => new Promise<void>((resolve) => running.close(() => resolve())),
        open: () => started?.listening ?? false
    };
}

function failing(message: string, delayMs = 0): Starter<never> & { stopped: number } {
    const starter = {
        stopped: 0,
        start: () =>
            new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(message)), delayMs)),
        stop: async () => {
            starter.stopped += 1;
        }
    };
    return starter;
}

describe('startTogether', () => {
    it('gives both when both start', async () => {
        const [a, b] = [server(), server()];
        const [first, second] = await startTogether(a, b);
        expect((first.address() as AddressInfo).port).not.toBe((second.address() as AddressInfo).port);
        await Promise.all([a.stop(first), b.stop(second)]);
    });

    it.each([
        ['before', 0],
        ['after', 50]
    ])(
        'stops the started server when the browser fails %s it is up, and reports the failure',
        async (_when, delayMs) => {
            const preview = server();
            const browser = failing('Could not start /usr/bin/chromium: exited with code 127', delayMs);
            await expect(startTogether(preview, browser)).rejects.toThrow('exited with code 127');
            expect(preview.open()).toBe(false);
            expect(browser.stopped).toBe(0);
        }
    );

    it('stops the browser when the preview fails, and reports the preview’s failure first', async () => {
        const browser = server();
        await expect(startTogether(failing('the local org could not start'), browser)).rejects.toThrow(
            'the local org could not start'
        );
        expect(browser.open()).toBe(false);
        await expect(startTogether(failing('preview'), failing('browser'))).rejects.toThrow('preview');
    });
});
