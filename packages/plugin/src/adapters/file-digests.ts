import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files of a folder (sorted), each with the sha256 of its content; none when it does not exist. */
export function digestFiles(dir: string): { filename: string; sha256: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((filename) => ({
      filename,
      sha256: createHash('sha256')
        .update(readFileSync(join(dir, filename)))
        .digest('hex'),
    }));
}
