/** A warning goes to the shell that gathers them (the sf plugin), else to stderr as a line. */
import { warn } from '../../cli/command';
import { bufferIo } from '../support/bufferIo';

describe('warn', () => {
    it('writes `warning: …` on stderr when nothing gathers warnings', () => {
        const io = bufferIo();
        warn(io, 'Case.csv: 2 rows left out');
        expect(io.err()).toBe('warning: Case.csv: 2 rows left out\n');
        expect(io.out()).toBe('');
    });

    it('hands the text to the shell that gathers warnings, and writes nothing', () => {
        const gathered: string[] = [];
        const io = { ...bufferIo(), warning: (text: string) => gathered.push(text) };
        warn(io, 'Case.csv: 2 rows left out');
        expect(gathered).toEqual(['Case.csv: 2 rows left out']);
        expect(io.err()).toBe('');
    });
});
