/**
 * Reads a request body with a size limit, without buffering more than the limit: a declared
 * `Content-Length` above it is refused before a byte is read, and a chunked body is refused as
 * soon as it passes the limit (what it sent so far is dropped, the rest is never kept).
 */
import type http from 'node:http';
import { apiErrors } from './errors';

/** Bulk API 2.0 accepts up to 150 MB of CSV per job upload. */
export const MAX_UPLOAD_BYTES = 150 * 1024 * 1024;
/**
 * Every other request (JSON: sObject Collections, GraphQL, job definitions). 200 receipts with
 * long JSON drivers are a few MB; 50 MB leaves room for the longest text fields.
 */
export const MAX_JSON_BYTES = 50 * 1024 * 1024;

/** The body's declared length is above `limit`: answer without reading it. */
export function declaredTooLarge(request: http.IncomingMessage, limit: number): boolean {
    const declared = request.headers['content-length'];
    return declared !== undefined && /^\d+$/.test(declared) && Number(declared) > limit;
}

export function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        if (declaredTooLarge(request, limit)) {
            reject(apiErrors.bodyTooLarge(limit));
            return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        let refused = false;
        request.on('data', (chunk: Buffer) => {
            if (refused) return;
            size += chunk.length;
            if (size > limit) {
                refused = true;
                chunks.length = 0;
                reject(apiErrors.bodyTooLarge(limit));
                return;
            }
            chunks.push(chunk);
        });
        request.on('end', () => {
            if (!refused) resolve(Buffer.concat(chunks));
        });
        request.on('error', reject);
    });
}
