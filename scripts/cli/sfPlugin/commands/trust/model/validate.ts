import { modelCommand } from '../../../../commands/modelCommand';
import { argsOf, flagsOf, subcommandOf } from '../../../declarations';
import { messagesOf } from '../../../messages';
import { SharedCommand } from '../../../sharedCommand';

const messages = messagesOf('trust.model.validate');
const shared = subcommandOf(modelCommand, 'validate');

export default class ModelValidate extends SharedCommand {
    public static override readonly summary = messages.getMessage('summary');
    public static override readonly description = messages.getMessage('description');
    public static override readonly examples = messages.getMessages('examples');
    public static override shared = shared;
    public static override readonly flags = flagsOf(shared);
    public static override readonly args = argsOf(shared);
}
