#!/usr/bin/env node
'use strict';
// An installed package runs the JavaScript compiled into dist/ when it was packed (fast start);
// a checkout runs the TypeScript sources through tsx, so there is nothing to build while developing.
const path = require('node:path');
const fs = require('node:fs');

const compiled = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
let runCli;
if (fs.existsSync(compiled)) {
    ({ runCli } = require(compiled));
} else {
    require('tsx/cjs/api').register();
    ({ runCli } = require('../cli/main.ts'));
}

runCli(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code;
    },
    (error) => {
        process.stderr.write(`trust-ledger: ${error && error.stack ? error.stack : String(error)}\n`);
        process.exitCode = 1;
    }
);
