import { createProjectGraphAsync, logger, type ProjectGraph, type Tree } from '@nx/devkit';
import { createGit, type ReleaseGit } from '../../adapters/git';
import { ProcessError } from '../../adapters/run-process';
import { formatUserError, UserError } from '../../errors/user-error';
import { formatReleasePlan } from '../../release/format-release-plan';
import { planRelease, releaseCommitMessage } from '../../release/plan-release';
import type { ReleasePlan } from '../../release/release-types';
import { normalizeReleaseOptions } from './lib/normalize-options';
import { readReleaseInput } from './lib/read-release-input';
import { selectIntegrations } from './lib/select-integrations';
import type { ReleaseGeneratorSchema } from './schema';

/** What the release talks to besides the tree; replaced by fakes in unit tests. */
export interface ReleaseDependencies {
  git: ReleaseGit;
  projectGraph: () => Promise<ProjectGraph>;
  now: Date;
}

/**
 * `nx g @dd/plugin:release`: releases the integrations that changed since their last tag. The
 * plan is made and checked in full before the tree is touched, so a problem changes nothing;
 * the commit and tags happen in the callback, which Nx skips under --dry-run.
 */
export async function releaseGenerator(tree: Tree, schema: ReleaseGeneratorSchema, deps: ReleaseDependencies) {
  const options = normalizeReleaseOptions(schema, deps.now);
  const dirty = await gitOrUserError(() => deps.git.status());
  if (dirty.length > 0) {
    const listed = dirty
      .slice(0, 10)
      .map((l) => `  ${l}`)
      .join('\n');
    throw new UserError(
      `The working tree has uncommitted changes; a release commits and tags exactly what is committed.\n${listed}${dirty.length > 10 ? `\n  and ${dirty.length - 10} more` : ''}`,
      'commit (changelog fragments included) or discard these changes, then run the release again',
    );
  }
  const selected = selectIntegrations(await deps.projectGraph(), options.projects);
  const inputs = await gitOrUserError(() =>
    Promise.all(selected.integrations.map((i) => readReleaseInput(tree, i, deps.git))),
  );
  const plan = planRelease(inputs, { bump: options.bump, date: options.date });
  plan.problems.unshift(...selected.problems);
  if (plan.problems.length > 0) throw new UserError(formatReleasePlan(plan).trimEnd());

  logger.info(formatReleasePlan(plan));
  applyToTree(tree, plan);
  return async () => {
    await gitOrUserError(() => commitAndTag(plan, deps.git));
  };
}

function applyToTree(tree: Tree, plan: ReleasePlan): void {
  for (const release of plan.releases) {
    for (const write of release.writes) tree.write(write.path, write.text);
    for (const path of release.deletes) tree.delete(path);
  }
}

async function commitAndTag(plan: ReleasePlan, git: ReleaseGit): Promise<void> {
  if (plan.releases.length === 0) return;
  const changedRoots = plan.releases.filter((r) => r.writes.length > 0 || r.deletes.length > 0).map((r) => r.root);
  if (changedRoots.length > 0) {
    await git.commit(changedRoots, releaseCommitMessage(plan.releases));
    logger.info(releaseCommitMessage(plan.releases).split('\n')[0]);
  }
  for (const release of plan.releases) {
    await git.tag(release.tag, `${release.project} ${release.version}`);
    logger.info(`Tagged ${release.tag}`);
  }
}

/** A failing git command is reported as what it is (not a repository, no identity...), without a stack. */
async function gitOrUserError<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof ProcessError)) throw error;
    throw new UserError(
      `git failed: ${error.message}`,
      'a release needs a git repository with a commit, and git user.name and user.email set',
      { cause: error },
    );
  }
}

/** The entry Nx calls: a user mistake is printed with its fix, without a stack trace. */
export default async function releaseGeneratorCli(tree: Tree, schema: ReleaseGeneratorSchema) {
  try {
    return await releaseGenerator(tree, schema, {
      git: createGit(tree.root),
      projectGraph: () => createProjectGraphAsync({ exitOnError: false }),
      now: new Date(),
    });
  } catch (error) {
    if (error instanceof UserError) throw new UserError(formatUserError(error));
    throw error;
  }
}
