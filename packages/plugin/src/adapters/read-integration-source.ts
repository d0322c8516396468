import { pythonModuleName } from '../integration/integration-names';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { IntegrationSource } from '../lint/integration-source';
import { confExampleCandidates, isConfigModel } from '../lint/integration-layout';

/** Folders never part of an integration's sources. */
const SKIPPED = new Set([
  '.venv',
  'venv',
  'node_modules',
  '.git',
  '__pycache__',
  '.pytest_cache',
  '.ruff_cache',
  '.mypy_cache',
  'dist',
  'build',
  '.tox',
  '.hatch',
]);

/** The files the validators read, relative to the integration's folder. */
export function knownFiles(name: string): string[] {
  const module = pythonModuleName(name);
  return [
    'manifest.json',
    'metadata.csv',
    'README.md',
    'requirements.txt',
    'pyproject.toml',
    'hatch.toml',
    'assets/service_checks.json',
    'assets/configuration/spec.yaml',
    'ci/env.yaml',
    'tests/docker/docker-compose.yaml',
    `datadog_checks/${module}/__about__.py`,
    ...confExampleCandidates(module),
  ];
}

/**
 * True for the files rules read: the known ones, the check's code, the test modules, the JSON
 * assets a manifest names, the examples spec.yaml renders and the config models it generates.
 */
export function isReadFile(path: string, known: ReadonlySet<string>): boolean {
  if (isCheckSource(path) || isConfigModel(path)) return true;
  return (
    known.has(path) ||
    /^tests\/[^/]+\.py$/.test(path) ||
    /^assets\/(dashboards|monitors|saved_views)\/.+\.json$/.test(path) ||
    isRenderedExample(path)
  );
}

/** True for the files spec.yaml may render into the package's data/ folder (conf.yaml.example, auto_conf.yaml, ...). */
function isRenderedExample(path: string): boolean {
  return /^datadog_checks\/[^/]+\/data\/[^/]+\.(?:yaml|yml|example|default)$/.test(path);
}

/**
 * True for the check's Python code, which the Python validators read: the `.py` files under
 * `datadog_checks/`, without vendored libraries (`vendor/`) and the generated `config_models/`.
 */
export function isCheckSource(path: string): boolean {
  return path.startsWith('datadog_checks/') && path.endsWith('.py') && !/\/(?:vendor|config_models)\//.test(path);
}

/** The first line of a file's bytes (up to and including the first line feed), one character per byte. */
export function firstLine(bytes: Uint8Array): string {
  const end = bytes.indexOf(0x0a);
  return Buffer.from(end < 0 ? bytes : bytes.subarray(0, end + 1)).toString('latin1');
}

/** Lists every file under a folder (relative, `/`-separated), skipping caches and environments. */
export function listFiles(root: string, prefix = ''): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(join(root, prefix), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name) && !entry.name.endsWith('.egg-info')) out.push(...listFiles(root, rel));
    } else if (entry.isFile()) {
      out.push(rel);
    }
  }
  return out;
}

/** Decodes UTF-8 text, or returns undefined for binary content (NUL bytes) or invalid UTF-8. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Reads an integration once: every file's path, and the content of the files the rules read.
 * Absent files are simply not in the map; unreadable ones are listed in `notText`.
 */
export function readIntegrationSource(projectRoot: string, name = basename(projectRoot)): IntegrationSource {
  const paths = listFiles(projectRoot);
  const known = new Set(knownFiles(name));
  const files: Record<string, string> = {};
  const notText: string[] = [];
  const pdfHeads: Record<string, string> = {};
  for (const path of paths) {
    if (path.endsWith('.pdf')) pdfHeads[path] = firstLine(readFileSync(join(projectRoot, path)));
    if (!isReadFile(path, known)) continue;
    const text = decodeText(readFileSync(join(projectRoot, path)));
    if (text === undefined) notText.push(path);
    else files[path] = text;
  }
  return { name, files, paths, notText, pdfHeads };
}
