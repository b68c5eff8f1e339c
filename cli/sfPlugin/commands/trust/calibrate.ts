/** `sf trust calibrate`: `trust-ledger calibrate` behind sf's conventions. */
import { calibrateCommand } from '../../../commands/backtestCommand.js';
import { sfCommandOf } from '../../commandClass.js';

export default sfCommandOf(calibrateCommand, 'trust.calibrate');
