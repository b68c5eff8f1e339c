/** `sf trust model validate`: `trust-ledger model validate` behind sf's conventions. */
import { modelCommand } from '../../../../commands/modelCommand.js';
import { sfCommandOf } from '../../../commandClass.js';
import { subcommandOf } from '../../../declarations.js';

export default sfCommandOf(subcommandOf(modelCommand, 'validate'), 'trust.model.validate');
