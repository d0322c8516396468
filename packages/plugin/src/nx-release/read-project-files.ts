import type { Tree } from '@nx/devkit';
import { FRAGMENT_DIR } from '../release/changelog-fragments';
import { chooseAboutPath } from '../release/choose-about-path';
import type { WorkspaceFile } from '../release/release-types';

/** The files of a Python project that a release reads and writes, as they are before it. */
export interface ProjectFiles {
  about: WorkspaceFile | undefined;
  manifest: WorkspaceFile | undefined;
  /** CHANGELOG.md; `text` is undefined when the file does not exist yet. */
  changelog: { path: string; text: string | undefined };
  fragments: WorkspaceFile[];
  requirements: WorkspaceFile | undefined;
  pyproject: WorkspaceFile | undefined;
}

function readFile(tree: Tree, path: string): WorkspaceFile | undefined {
  return tree.exists(path) && tree.isFile(path) ? { path, text: tree.read(path, 'utf-8') ?? '' } : undefined;
}

function childFolders(tree: Tree, dir: string): string[] {
  return tree.exists(dir) && !tree.isFile(dir) ? tree.children(dir).map((c) => `${dir}/${c}`) : [];
}

/** Reads a project's release files from Nx's tree (the disk, with the release's pending writes). */
export function readProjectFiles(tree: Tree, name: string, root: string): ProjectFiles {
  const candidates = [
    ...childFolders(tree, `${root}/datadog_checks`),
    ...childFolders(tree, root),
    ...childFolders(tree, `${root}/src`),
  ]
    .map((dir) => `${dir}/__about__.py`)
    .filter((path, i, all) => all.indexOf(path) === i && tree.exists(path));
  const aboutPath = chooseAboutPath(root, name, candidates);
  const fragmentDir = `${root}/${FRAGMENT_DIR}`;
  const changelogPath = `${root}/CHANGELOG.md`;
  return {
    about: aboutPath ? readFile(tree, aboutPath) : undefined,
    manifest: readFile(tree, `${root}/manifest.json`),
    changelog: { path: changelogPath, text: readFile(tree, changelogPath)?.text },
    fragments: childFolders(tree, fragmentDir)
      .filter((path) => !path.split('/').pop()!.startsWith('.'))
      .sort()
      .map((path) => readFile(tree, path))
      .filter((f): f is WorkspaceFile => f !== undefined),
    requirements: readFile(tree, `${root}/requirements.txt`),
    pyproject: readFile(tree, `${root}/pyproject.toml`),
  };
}
