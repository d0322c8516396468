import { readEnvFile } from './read-env-file';

describe('readEnvFile: check.instance', () => {
  it('keeps the instance the check target runs with, references unresolved', () => {
    const { envFile, diagnostics } = readEnvFile(
      'services: {}\ncheck:\n  instance:\n    host: ${redis.host}\n    port: ${redis.port.6379}\n    tags: [a:b]\n',
    );
    expect(diagnostics).toEqual([]);
    expect(envFile?.check).toEqual({
      instance: { host: '${redis.host}', port: '${redis.port.6379}', tags: ['a:b'] },
      line: 4,
    });
  });

  it('reports a check section without an instance mapping at its line', () => {
    const { diagnostics } = readEnvFile('services: {}\ncheck:\n  instance: [1]\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'env/schema', line: 3, message: '`check` needs an `instance` mapping' }),
    ]);
  });

  it('reports an unknown key of check', () => {
    const { diagnostics } = readEnvFile('services: {}\ncheck:\n  instance: {}\n  instances: {}\n');
    expect(diagnostics.map((d) => d.line)).toEqual([4]);
  });
});
