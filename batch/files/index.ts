/** File-system helpers shared by the CLI, the batch and the local org. */
export { ioCode, ioReason } from './ioReason';
export { processAlive } from './processAlive';
export {
    makePrivateFolder,
    perProcessName,
    removeStaleFolders,
    PRIVATE_FILE_MODE,
    PRIVATE_FOLDER_MODE
} from './privateFolder';
export { FolderLockedError, lockFolder } from './folderLock';
export type { FolderLock, LockOwner } from './folderLock';
