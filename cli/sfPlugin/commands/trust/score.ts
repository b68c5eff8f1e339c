/** `sf trust score`: `trust-ledger score` behind sf's conventions. */
import { scoreCommand } from '../../../commands/scoreCommand.js';
import { sfCommandOf } from '../../commandClass.js';

export default sfCommandOf(scoreCommand, 'trust.score');
