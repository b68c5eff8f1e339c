/**
 * One `sf trust …` command class per `trust-ledger` command module: the texts come from
 * `messages/<bundle>.md`, the flags and arguments from the module's declaration. oclif reads
 * them as the class's static properties, so each command file exports one made here.
 */
import type { Command, OptionSpecs } from '../command.js';
import { argsOf, flagsOf } from './declarations.js';
import { messagesOf } from './messages.js';
import { SharedCommand } from './sharedCommand.js';

export function sfCommandOf(shared: Command<OptionSpecs>, bundle: string): typeof SharedCommand {
    const messages = messagesOf(bundle);
    const orgSummary = messages.messages.has('flags.target-org.summary')
        ? messages.getMessage('flags.target-org.summary')
        : '';
    return class extends SharedCommand {
        public static override readonly summary = messages.getMessage('summary');
        public static override readonly description = messages.getMessage('description');
        public static override readonly examples = messages.getMessages('examples');
        public static override shared = shared;
        public static override readonly flags = flagsOf(shared, orgSummary);
        public static override readonly args = argsOf(shared);
    };
}
