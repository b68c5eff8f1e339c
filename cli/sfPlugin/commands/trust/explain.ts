/** `sf trust explain <accountId>`: `trust-ledger explain` behind sf's conventions. */
import { explainCommand } from '../../../commands/explainCommand.js';
import { sfCommandOf } from '../../commandClass.js';

export default sfCommandOf(explainCommand, 'trust.explain');
