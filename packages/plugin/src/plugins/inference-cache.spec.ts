import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InferenceCache, openInferenceCache } from './inference-cache';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dd-inference-cache-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const computed = (value: string) => jest.fn(async () => value);

describe('InferenceCache', () => {
  it('computes a missing entry once, and the next process reads it back', async () => {
    const path = join(dir, 'cache.hash');
    const first = new InferenceCache<string>(path);
    const compute = computed('a');
    expect(await first.get('k', compute)).toBe('a');
    expect(await first.get('k', compute)).toBe('a');
    first.save();
    const again = computed('b');
    expect(await new InferenceCache<string>(path).get('k', again)).toBe('a');
    expect(compute).toHaveBeenCalledTimes(1);
    expect(again).not.toHaveBeenCalled();
  });

  it('keeps only the entries a run asked for', async () => {
    const path = join(dir, 'cache.hash');
    writeFileSync(path, JSON.stringify({ old: 'x', kept: 'y' }));
    const cache = new InferenceCache<string>(path);
    await cache.get('kept', computed('z'));
    cache.save();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ kept: 'y' });
  });

  it('does not rewrite a file that already holds what the run used', async () => {
    const path = join(dir, 'cache.hash');
    writeFileSync(path, '{"k":"v"}');
    const cache = new InferenceCache<string>(path);
    await cache.get('k', computed('other'));
    writeFileSync(path, '{"k":"v"} ');
    cache.save();
    expect(readFileSync(path, 'utf8')).toBe('{"k":"v"} ');
  });

  it.each(['not json', '[1]', 'null'])('starts empty from a corrupt file (%s)', async (text) => {
    const path = join(dir, 'cache.hash');
    writeFileSync(path, text);
    expect(await new InferenceCache<string>(path).get('k', computed('fresh'))).toBe('fresh');
  });
});

describe('openInferenceCache', () => {
  it('keeps one file per name and options in the workspace data directory', async () => {
    const previous = process.env.NX_WORKSPACE_DATA_DIRECTORY;
    process.env.NX_WORKSPACE_DATA_DIRECTORY = join(dir, 'data');
    try {
      for (const options of [{ integrations: '*' }, { integrations: 'integrations/*' }]) {
        const cache = openInferenceCache<string>(dir, 'projects', options);
        await cache.get('k', computed('v'));
        cache.save();
      }
      expect(readdirSync(join(dir, 'data')).sort()).toEqual([
        expect.stringMatching(/^dd-plugin-projects-\w+\.hash$/),
        expect.stringMatching(/^dd-plugin-projects-\w+\.hash$/),
      ]);
    } finally {
      if (previous === undefined) delete process.env.NX_WORKSPACE_DATA_DIRECTORY;
      else process.env.NX_WORKSPACE_DATA_DIRECTORY = previous;
    }
  });
});
