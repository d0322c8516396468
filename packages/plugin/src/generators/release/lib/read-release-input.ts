import type { Tree } from '@nx/devkit';
import type { ReleaseGit } from '../../../adapters/git';
import { FRAGMENT_DIR } from '../../../release/changelog-fragments';
import { latestReleasedVersion, formatReleaseTag } from '../../../release/release-tag';
import type { IntegrationReleaseInput, WorkspaceFile } from '../../../release/release-types';
import { pythonModuleName } from '../../../integration/integration-names';

export interface IntegrationRef {
  name: string;
  /** Folder of the integration, relative to the workspace root. */
  root: string;
}

function readFile(tree: Tree, path: string): WorkspaceFile | undefined {
  return tree.exists(path) && tree.isFile(path) ? { path, text: tree.read(path, 'utf-8') ?? '' } : undefined;
}

/** `datadog_checks/<name>/__about__.py`, else the only `datadog_checks/*\/__about__.py`. */
function findAboutPath(tree: Tree, integration: IntegrationRef): string | undefined {
  const packages = `${integration.root}/datadog_checks`;
  const preferred = `${packages}/${pythonModuleName(integration.name)}/__about__.py`;
  if (tree.exists(preferred)) return preferred;
  const found = tree.exists(packages)
    ? tree
        .children(packages)
        .map((child) => `${packages}/${child}/__about__.py`)
        .filter((p) => tree.exists(p))
    : [];
  return found.length === 1 ? found[0] : undefined;
}

/** Gathers what the release planner needs about one integration from the tree and git. */
export async function readReleaseInput(
  tree: Tree,
  integration: IntegrationRef,
  git: ReleaseGit,
): Promise<IntegrationReleaseInput> {
  const { name, root } = integration;
  const aboutPath = findAboutPath(tree, integration);
  const fragmentDir = `${root}/${FRAGMENT_DIR}`;
  const fragments = tree.exists(fragmentDir)
    ? tree
        .children(fragmentDir)
        .filter((child) => !child.startsWith('.'))
        .sort()
        .map((child) => readFile(tree, `${fragmentDir}/${child}`))
        .filter((f): f is WorkspaceFile => f !== undefined)
    : [];
  const tags = await git.tags(`${name}-`);
  const released = latestReleasedVersion(name, tags);
  const changedSinceTag = released ? await git.changedSince(formatReleaseTag(name, released), root) : undefined;
  const changelogPath = `${root}/CHANGELOG.md`;
  return {
    name,
    root,
    about: aboutPath ? readFile(tree, aboutPath) : undefined,
    manifest: readFile(tree, `${root}/manifest.json`),
    changelog: { path: changelogPath, text: readFile(tree, changelogPath)?.text },
    fragments,
    tags,
    changedSinceTag,
  };
}
