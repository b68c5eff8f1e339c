/** `sf trust model push`: `trust-ledger model push` behind sf's conventions. */
import { modelCommand } from '../../../../commands/modelCommand.js';
import { sfCommandOf } from '../../../commandClass.js';
import { subcommandOf } from '../../../declarations.js';

export default sfCommandOf(subcommandOf(modelCommand, 'push'), 'trust.model.push');
