/** `trust-ledger backtest` and `trust-ledger calibrate`: replays of past days, loaded when run. */
import { createRequire } from 'node:module';
import { defineCommand } from '../command';
import { optionHelp as help, summaries, synopses } from '../messages';
import { MODELS, REPLAY_OPTIONS } from '../options';

const load = createRequire(__filename);

export const backtestCommand = defineCommand({
    name: 'backtest',
    summary: summaries.backtest,
    usage: synopses.backtest,
    options: {
        ...REPLAY_OPTIONS,
        ...MODELS,
        format: { type: 'string', value: 'table|json', help: help.backtestFormat },
        store: { type: 'boolean', help: help.store }
    },
    run: ({ values }, io) => (load('./backtest') as typeof import('./backtest')).runBacktest(values, io)
});

export const calibrateCommand = defineCommand({
    name: 'calibrate',
    summary: summaries.calibrate,
    usage: synopses.calibrate,
    options: {
        ...REPLAY_OPTIONS,
        model: { type: 'string', value: 'base.json', help: help.calibrateModel },
        out: { type: 'string', value: 'model.json', help: help.calibrateOut }
    },
    run: ({ values }, io) => (load('./calibrate') as typeof import('./calibrate')).runCalibrate(values, io)
});
