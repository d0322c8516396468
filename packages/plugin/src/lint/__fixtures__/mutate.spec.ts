import type { IntegrationSource } from '../integration-source';
import { createRandom, iterationSeed, mutate } from './mutate';

const SOURCE: IntegrationSource = {
  name: 'foo',
  files: {
    'manifest.json': '{\n  "name": "foo",\n  "tile": {"classifier_tags": ["a", "b"]}\n}\n',
    'metadata.csv': 'metric_name,metric_type\nfoo.up,gauge\n',
    'datadog_checks/foo/data/conf.yaml.example': 'init_config:\ninstances:\n  - host: localhost\n    port: 80\n',
  },
  paths: ['manifest.json', 'metadata.csv', 'datadog_checks/foo/data/conf.yaml.example', 'assets/logo.png'],
  notText: [],
};

const KINDS = ['flip', 'insert', 'delete', 'delete-line', 'duplicate-line', 'swap-lines', 'shuffle-lines', 'truncate', 'empty', 'json-value', 'yaml-value', 'remove', 'not-text', 'move', 'swap-content'];

describe('createRandom', () => {
  it('gives the same sequence for the same seed, within bounds', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return [...Array(50)].map(() => random.int(7));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((n) => n >= 0 && n < 7)).toBe(true);
  });

  it('gives every iteration of a run its own seed', () => {
    expect(new Set([...Array(1000)].map((_, i) => iterationSeed(1, i))).size).toBe(1000);
  });
});

describe('mutate', () => {
  it('is deterministic and leaves its input alone', () => {
    const before = structuredClone(SOURCE);
    expect(mutate(SOURCE, createRandom(7))).toEqual(mutate(SOURCE, createRandom(7)));
    expect(SOURCE).toEqual(before);
  });

  it('reaches every kind of mutation, each on a file of the input, and keeps the lists consistent', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 500; seed++) {
      const { source, applied } = mutate(SOURCE, createRandom(seed));
      for (const { file, change } of applied) {
        expect(Object.keys(SOURCE.files)).toContain(file);
        seen.add(change.split(':')[0]);
      }
      expect(source.paths).toEqual(expect.arrayContaining([...Object.keys(source.files), ...(source.notText ?? [])]));
    }
    expect([...seen].sort()).toEqual([...KINDS].sort());
  });
});
