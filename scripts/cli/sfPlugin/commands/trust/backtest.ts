import { backtestCommand } from '../../../commands/backtestCommand';
import { argsOf, flagsOf } from '../../declarations';
import { messagesOf } from '../../messages';
import { SharedCommand } from '../../sharedCommand';

const messages = messagesOf('trust.backtest');

export default class Backtest extends SharedCommand {
    public static override readonly summary = messages.getMessage('summary');
    public static override readonly description = messages.getMessage('description');
    public static override readonly examples = messages.getMessages('examples');
    public static override shared = backtestCommand;
    public static override readonly flags = flagsOf(
        backtestCommand,
        messages.getMessage('flags.target-org.summary')
    );
    public static override readonly args = argsOf(backtestCommand);
}
