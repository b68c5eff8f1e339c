/**
 * Every command of `trust-ledger`, in the order `trust-ledger help` lists them. Each entry is
 * a light declaration; what a command needs to run (jsforce, SQLite, the preview's builder)
 * loads inside its `run`, so `trust-ledger score --from …` loads none of it.
 */
import { localOrgCommand } from '../tools/localOrg/command';
import type { AnyCommand } from './command';
import { backtestCommand, calibrateCommand } from './commands/backtestCommand';
import { demoDataCommand } from './commands/demoDataCommand';
import { explainCommand } from './commands/explainCommand';
import { modelCommand } from './commands/modelCommand';
import { previewCommand } from './commands/previewCommand';
import { scoreCommand } from './commands/scoreCommand';
import { startCommand } from './commands/startCommand';

export const COMMANDS: readonly AnyCommand[] = [
    scoreCommand,
    explainCommand,
    demoDataCommand,
    modelCommand,
    localOrgCommand,
    backtestCommand,
    calibrateCommand,
    startCommand,
    previewCommand
];
