/** A CommandIo whose streams write into strings: what a command printed, without a process. */
import { Writable } from 'node:stream';
import type { CommandIo } from '../../cli/command';

export interface BufferIo extends CommandIo {
    out(): string;
    err(): string;
}

function buffer(): { stream: Writable; text: () => string } {
    let text = '';
    const stream = new Writable({
        write(chunk: Buffer | string, _encoding, done) {
            text += chunk.toString();
            done();
        }
    });
    return { stream, text: () => text };
}

export function bufferIo(env: NodeJS.ProcessEnv = {}, cwd: string = process.cwd()): BufferIo {
    const stdout = buffer();
    const stderr = buffer();
    return { stdout: stdout.stream, stderr: stderr.stream, env, cwd, out: stdout.text, err: stderr.text };
}
