import { mkdirSync, rmSync, statSync } from 'node:fs';

const LOCK_STALE_MS = 5 * 60_000;

/**
 * Holds `lock` (a folder: creating it is atomic) while `body` runs. Tasks that find it taken wait
 * until it is released, or until `done()` says the holder's work is there; a lock older than an
 * install can take is a crashed holder's and is taken over.
 */
export async function whileLocked<T>(
  lock: string,
  done: () => boolean,
  body: () => Promise<T>,
  skipped: T,
): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (done()) return skipped;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return done() ? skipped : await body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
