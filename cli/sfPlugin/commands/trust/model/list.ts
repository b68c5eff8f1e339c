/** `sf trust model list`: `trust-ledger model list` behind sf's conventions. */
import { modelCommand } from '../../../../commands/modelCommand.js';
import { sfCommandOf } from '../../../commandClass.js';
import { subcommandOf } from '../../../declarations.js';

export default sfCommandOf(subcommandOf(modelCommand, 'list'), 'trust.model.list');
