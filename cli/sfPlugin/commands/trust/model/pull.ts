/** `sf trust model pull`: `trust-ledger model pull` behind sf's conventions. */
import { modelCommand } from '../../../../commands/modelCommand.js';
import { sfCommandOf } from '../../../commandClass.js';
import { subcommandOf } from '../../../declarations.js';

export default sfCommandOf(subcommandOf(modelCommand, 'pull'), 'trust.model.pull');
