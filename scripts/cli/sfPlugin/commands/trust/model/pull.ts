import { modelCommand } from '../../../../commands/modelCommand';
import { argsOf, flagsOf, subcommandOf } from '../../../declarations';
import { messagesOf } from '../../../messages';
import { SharedCommand } from '../../../sharedCommand';

const messages = messagesOf('trust.model.pull');
const shared = subcommandOf(modelCommand, 'pull');

export default class ModelPull extends SharedCommand {
    public static override readonly summary = messages.getMessage('summary');
    public static override readonly description = messages.getMessage('description');
    public static override readonly examples = messages.getMessages('examples');
    public static override shared = shared;
    public static override readonly flags = flagsOf(shared, messages.getMessage('flags.target-org.summary'));
    public static override readonly args = argsOf(shared);
}
