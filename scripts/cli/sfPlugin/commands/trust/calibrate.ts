import { calibrateCommand } from '../../../commands/backtestCommand';
import { argsOf, flagsOf } from '../../declarations';
import { messagesOf } from '../../messages';
import { SharedCommand } from '../../sharedCommand';

const messages = messagesOf('trust.calibrate');

export default class Calibrate extends SharedCommand {
    public static override readonly summary = messages.getMessage('summary');
    public static override readonly description = messages.getMessage('description');
    public static override readonly examples = messages.getMessages('examples');
    public static override shared = calibrateCommand;
    public static override readonly flags = flagsOf(
        calibrateCommand,
        messages.getMessage('flags.target-org.summary')
    );
    public static override readonly args = argsOf(calibrateCommand);
}
