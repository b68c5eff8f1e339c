import { explainCommand } from '../../../commands/explainCommand';
import { argsOf, flagsOf } from '../../declarations';
import { messagesOf } from '../../messages';
import { SharedCommand } from '../../sharedCommand';

const messages = messagesOf('trust.explain');

export default class Explain extends SharedCommand {
    public static override readonly summary = messages.getMessage('summary');
    public static override readonly description = messages.getMessage('description');
    public static override readonly examples = messages.getMessages('examples');
    public static override shared = explainCommand;
    public static override readonly flags = flagsOf(
        explainCommand,
        messages.getMessage('flags.target-org.summary')
    );
    public static override readonly args = argsOf(explainCommand);
}
