import { hashArray } from '@nx/devkit';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceDataDirectoryForWorkspace } from 'nx/src/utils/cache-directory';
import { pluginRoot } from '../plugin-version';

/**
 * What the plugin inferred last time, by a hash of everything it was inferred from, kept in Nx's
 * workspace data directory as Nx's own plugins keep theirs (`nx reset` clears it). Entries not
 * asked for in a run are dropped when it saves, so the file holds the workspace as it is.
 */
export class InferenceCache<T> {
  private readonly previous: Record<string, T>;
  private readonly current: Record<string, T> = {};
  private changed = false;

  constructor(private readonly path: string) {
    this.previous = readEntries<T>(path);
  }

  /** The value stored under `key`, or what `compute` makes of it (then stored). */
  async get(key: string, compute: () => Promise<T>): Promise<T> {
    if (key in this.current) return this.current[key]!;
    if (key in this.previous) return (this.current[key] = this.previous[key]!);
    this.changed = true;
    return (this.current[key] = await compute());
  }

  /** Writes the entries of this run, when they differ from the file's (atomically: a rename). */
  save(): void {
    if (!this.changed && Object.keys(this.current).length === Object.keys(this.previous).length) return;
    try {
      mkdirSync(join(this.path, '..'), { recursive: true });
      const partial = `${this.path}.${process.pid}`;
      writeFileSync(partial, JSON.stringify(this.current));
      renameSync(partial, this.path);
    } catch {
      // A cache that cannot be written only costs the next run its speed.
    }
  }
}

function readEntries<T>(path: string): Record<string, T> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, T>) : {};
  } catch {
    return {};
  }
}

/** The cache file `name` of this workspace, for these plugin options. */
export function openInferenceCache<T>(workspaceRoot: string, name: string, options: unknown): InferenceCache<T> {
  const file = `dd-plugin-${name}-${hashArray([JSON.stringify(options ?? {})])}.hash`;
  return new InferenceCache<T>(join(workspaceDataDirectoryForWorkspace(workspaceRoot), file));
}

let fingerprint: string | undefined;

/**
 * A hash of the plugin's own code: a new version, or a change to the plugin developed in the
 * workspace, infers afresh. Computed once per process.
 */
export function pluginCodeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const contents: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'files' && entry.name !== 'node_modules') walk(path);
      } else if (/\.(js|ts)$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name)) {
        contents.push(entry.name, readFileSync(path, 'utf8'));
      }
    }
  };
  walk(join(pluginRoot(), 'src'));
  return (fingerprint = hashArray(contents));
}
