/** Options several commands take, declared once so each is spelt and explained the same way. */
import type { OptionSpecs } from './command';
import { optionHelp as help } from './messages';
import { ORG_OPTIONS } from './orgFlags';

export const FROM = {
    from: { type: 'string', value: 'folder', help: help.from }
} as const satisfies OptionSpecs;
export const AS_OF = {
    'as-of': { type: 'string', value: 'YYYY-MM-DD', help: help.asOf }
} as const satisfies OptionSpecs;
export const MODEL = {
    model: { type: 'string', value: 'file.json', help: help.model }
} as const satisfies OptionSpecs;
/** `--model` for the commands that score with models per segment: repeated, in priority order. */
export const MODELS = {
    model: { type: 'string', value: 'file.json', multiple: true, help: help.models }
} as const satisfies OptionSpecs;
export const QUIET = { quiet: { type: 'boolean', help: help.quiet } } as const satisfies OptionSpecs;
export const BULK = { bulk: { type: 'boolean', help: help.bulk } } as const satisfies OptionSpecs;
export const SKIP_UNKNOWN_ACCOUNTS = {
    'skip-unknown-accounts': { type: 'boolean', help: help.skipUnknownAccounts }
} as const satisfies OptionSpecs;

/** What `backtest` and `calibrate` replay: a folder or an org, and the as-of days. */
export const REPLAY_OPTIONS = {
    ...FROM,
    ...ORG_OPTIONS,
    'as-of': { type: 'string', value: 'day[,day…]', help: help.windowAsOf },
    since: { type: 'string', value: 'day', help: help.since },
    every: { type: 'string', value: 'months', help: help.every },
    'horizon-days': { type: 'string', value: 'n', help: help.horizonDays },
    ...MODEL,
    ...BULK,
    ...QUIET
} as const satisfies OptionSpecs;
