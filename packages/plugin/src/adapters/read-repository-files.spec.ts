import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRepositoryFiles } from './read-repository-files';

describe('readRepositoryFiles', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'dd-repository-files-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads nothing in a workspace without CODEOWNERS and ddev configuration', () => {
    expect(readRepositoryFiles(root)).toEqual({});
  });

  it('reads .github/CODEOWNERS and .ddev/config.toml when they exist', () => {
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, '.github', 'CODEOWNERS'), '/foo/ @a\n');
    mkdirSync(join(root, '.ddev'));
    writeFileSync(join(root, '.ddev', 'config.toml'), '[overrides]\n');
    expect(readRepositoryFiles(root)).toEqual({
      codeowners: { path: '.github/CODEOWNERS', text: '/foo/ @a\n' },
      ddevConfig: { path: '.ddev/config.toml', text: '[overrides]\n' },
    });
  });
});
