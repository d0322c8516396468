import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version of @dd/plugin, read from its package.json (works from source and from a build). */
export function pluginVersion(): string {
  for (const candidate of [join(__dirname, '..', 'package.json'), join(__dirname, '..', '..', 'package.json')]) {
    try {
      const json = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (json.name === '@dd/plugin' && json.version) return json.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

/** The folder of the plugin package (holds `python/`, `package.json`). */
export function pluginRoot(): string {
  return join(__dirname, '..');
}
