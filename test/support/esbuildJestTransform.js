'use strict';
// Jest transformer for the Node-side TypeScript: esbuild strips types (tsc checks them).
const { transformSync } = require('esbuild');
const { createHash } = require('node:crypto');

module.exports = {
    process(sourceText, sourcePath) {
        const result = transformSync(sourceText, {
            loader: 'ts',
            format: 'cjs',
            target: 'node20',
            sourcemap: 'inline',
            sourcefile: sourcePath
        });
        return { code: result.code };
    },
    getCacheKey(sourceText, sourcePath) {
        return createHash('sha256').update(sourcePath).update('\0').update(sourceText).digest('hex');
    }
};
