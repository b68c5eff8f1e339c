/**
 * The `sf trust …` texts, in `messages/trust.*.md` at the package root (the Messages
 * convention of sf plugins). Imported by path and package name: this folder's own
 * package.json (which makes it an ES module) would otherwise be taken for the package.
 */
import { Messages } from '@salesforce/core';
import { PACKAGE_ROOT } from '../packageRoot.js';

const PACKAGE = 'trust-ledger';
Messages.importMessagesDirectory(PACKAGE_ROOT, false, PACKAGE);

export function messagesOf(bundle: string): Messages<string> {
    return Messages.loadMessages(PACKAGE, bundle);
}
