import { scoreCommand } from '../../../commands/scoreCommand';
import { argsOf, flagsOf } from '../../declarations';
import { messagesOf } from '../../messages';
import { SharedCommand } from '../../sharedCommand';

const messages = messagesOf('trust.score');

export default class Score extends SharedCommand {
    public static override readonly summary = messages.getMessage('summary');
    public static override readonly description = messages.getMessage('description');
    public static override readonly examples = messages.getMessages('examples');
    public static override shared = scoreCommand;
    public static override readonly flags = flagsOf(
        scoreCommand,
        messages.getMessage('flags.target-org.summary')
    );
    public static override readonly args = argsOf(scoreCommand);
}
