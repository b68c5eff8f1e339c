import { stderrProgress, stopAllProgress, type ProgressStream } from '../../cli/progress';

function fakeStream(isTTY: boolean): ProgressStream & { text: () => string } {
    const chunks: string[] = [];
    return { isTTY, columns: 100, write: (t: string) => chunks.push(t), text: () => chunks.join('') };
}

/** A clock the test moves by hand. */
function clock(): { now: () => number; advance: (ms: number) => void } {
    let t = 1_000_000;
    return { now: () => t, advance: (ms) => (t += ms) };
}

describe('progress on stderr', () => {
    it('stays silent for runs shorter than a second, and when disabled', () => {
        const stream = fakeStream(false);
        const time = clock();
        const quick = stderrProgress(true, stream, time.now);
        quick.update('scoring accounts', 10, 100);
        quick.done();
        const off = stderrProgress(false, stream, time.now);
        time.advance(10_000);
        off.update('scoring accounts', 10, 100);
        off.done('finished');
        expect(stream.text()).toBe('');
    });

    it('prints plain lines off a terminal, at most one every five seconds', () => {
        const stream = fakeStream(false);
        const time = clock();
        const progress = stderrProgress(true, stream, time.now);
        time.advance(1500);
        progress.update('scoring accounts', 1000, 4000);
        time.advance(1000);
        progress.update('scoring accounts', 2000, 4000);
        time.advance(5000);
        progress.update('reading Case.csv', 12345);
        progress.done('done');
        expect(stream.text()).toBe('scoring accounts: 1,000 / 4,000 25%\nreading Case.csv: 12,345\ndone\n');
        expect(stream.text()).not.toMatch(/\x1b/);
    });

    it('draws a bar with percentage and counts on a terminal, and clears it when done', () => {
        const stream = fakeStream(true);
        const time = clock();
        const progress = stderrProgress(true, stream, time.now);
        time.advance(1500);
        progress.update('scoring accounts', 1000, 4000);
        expect(stream.text()).toMatch(/scoring accounts \[=+-+\] 25% \| 1,000\/4,000/);
        progress.done();
        // Cleared on completion: the last thing written erases the line.
        expect(stream.text().endsWith('\x1b[0K') || /\x1b\[2K|\x1b\[0K/.test(stream.text().slice(-20))).toBe(
            true
        );
    });
});

describe('a command that fails half-way', () => {
    it('leaves no bar redrawing (its timer would keep the process alive)', () => {
        const stream = fakeStream(true);
        const time = clock();
        const progress = stderrProgress(true, stream, time.now);
        time.advance(1500);
        progress.update('scoring accounts', 10, 100);
        stopAllProgress();
        // No timer is left: jest's open-handle check and the length of this test would show one.
        const before = stream.text().length;
        return new Promise<void>((resolve) =>
            setTimeout(() => {
                expect(stream.text().length).toBe(before);
                resolve();
            }, 250)
        );
    });
});
