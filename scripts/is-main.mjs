import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

/**
 * Whether the module with this import.meta.url is the script node was started
 * with (and this is not one of its worker threads), i.e. not an import.
 * @param {string} moduleUrl
 */
export function isMain(moduleUrl) {
  return isMainThread && process.argv[1] !== undefined && fileURLToPath(moduleUrl) === resolve(process.argv[1]);
}
