'use strict';
// `npm run test:e2e`: the browser preview in headless Chromium (the system's, or the one the
// @sparticuz/chromium devDependency ships; see support/findBrowser.ts). Separate from the unit
// tests because it builds the page and drives a browser; one worker, so the tests share the two
// cores with the local orgs they start. globalSetup starts the browser once before the build, so
// a machine whose browser cannot start fails in seconds.
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

module.exports = {
    rootDir: root,
    displayName: 'e2e',
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
    transform: { '\\.ts$': '<rootDir>/test/support/esbuildJestTransform.js' },
    moduleFileExtensions: ['ts', 'js', 'json'],
    globalSetup: '<rootDir>/test/e2e/support/globalSetup.ts',
    maxWorkers: 1,
    testTimeout: 60_000
};
