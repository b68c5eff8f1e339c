/** `sf trust backtest`: `trust-ledger backtest` behind sf's conventions. */
import { backtestCommand } from '../../../commands/backtestCommand.js';
import { sfCommandOf } from '../../commandClass.js';

export default sfCommandOf(backtestCommand, 'trust.backtest');
