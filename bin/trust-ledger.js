#!/usr/bin/env node
'use strict';
// The CLI is TypeScript run from source: register tsx, then hand over to the entry module.
require('tsx/cjs/api').register();
const { runCli } = require('../scripts/cli/main.ts');

runCli(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code;
    },
    (error) => {
        process.stderr.write(`trust-ledger: ${error && error.stack ? error.stack : String(error)}\n`);
        process.exitCode = 1;
    }
);
