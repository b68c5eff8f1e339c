'use strict';
// Two projects in one run: LWC components under sfdx-lwc-jest, and the TypeScript
// engine/CLI/metadata tests under plain Node (TypeScript stripped by esbuild; types are
// checked separately by `tsc --noEmit`).
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    // Generous: the component tests mount whole containers and the pipeline tests start a local
    // org, and a loaded 2-core machine can take several seconds for what takes one alone. Speed is
    // measured by `npm run bench`, never asserted by a timeout.
    testTimeout: 30_000,
    projects: [
        {
            ...jestConfig,
            displayName: 'lwc',
            rootDir: __dirname,
            testMatch: ['<rootDir>/force-app/**/__tests__/**/*.test.js'],
            modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/node_modules'],
            setupFilesAfterEnv: [
                ...(jestConfig.setupFilesAfterEnv || []),
                '<rootDir>/force-app/test/jest-setup.js'
            ]
        },
        {
            displayName: 'node',
            rootDir: __dirname,
            testEnvironment: 'node',
            testMatch: ['<rootDir>/{engine,records,cli,batch,tools,test,bench}/**/*.test.ts'],
            transform: { '\\.ts$': '<rootDir>/test/support/esbuildJestTransform.js' },
            moduleFileExtensions: ['ts', 'js', 'json']
        }
    ]
};
