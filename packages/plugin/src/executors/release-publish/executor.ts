import type { ExecutorContext } from '@nx/devkit';
import { getEnvPathsForTask } from 'nx/src/tasks-runner/task-env-paths';
import { join, relative } from 'node:path';
import { digestFiles } from '../../adapters/file-digests';
import { createGit, readTrackedFiles } from '../../adapters/git';
import { listIndexFiles } from '../../adapters/package-index';
import { runProcess } from '../../adapters/run-process';
import { UV_HINT } from '../../adapters/python-tools';
import { findUv } from '../../adapters/workspace-uv';
import { UserError } from '../../errors/user-error';
import { findRepositoryCredentials, withoutUserInfo } from '../../publish/credentials-in-repository';
import { describeUploadFailure } from '../../publish/describe-upload-failure';
import { planResume, type ResumeStep } from '../../publish/plan-resume';
import { planUpload } from '../../publish/plan-upload';
import { uploadCommand } from '../../publish/upload-command';
import { distributionOf } from '../../nx-release/dependency-requirements';
import { readProjectFiles } from '../../nx-release/read-project-files';
import { formatReleaseTag } from '../../release/release-tag';
import { readAboutVersion } from '../../release/version-files';
import { FsTree } from 'nx/src/generators/tree';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import { normalizePublishOptions, type NormalizedPublishOptions } from './lib/normalize-options';
import { readArtifacts } from './lib/read-artifacts';
import type { ReleasePublishExecutorSchema } from './schema';

/**
 * `nx-release-publish`, run by `nx release publish` (and by `nx release` unless --skip-publish):
 * uploads the integration's wheel and sdist to a PyPI-compatible index with uv. The index is asked
 * first which of the files it has, so that a project is uploaded whole or not at all: a new
 * version the index already has is refused, and a resumed publish uploads only what is missing.
 */
export default async function releasePublishExecutor(options: ReleasePublishExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    const project = paths.projectName;
    const o = normalizePublishOptions(options, process.env, project);
    if (o.release.kind === 'skip') {
      console.log(`Skipped ${project}: this release gives it no new version.`);
      return true;
    }
    await refuseCommittedCredentials(context, relative(paths.workspaceRoot, paths.projectRoot));
    if (o.release.kind === 'resume') {
      const resume = await planResumeOf(project, relative(paths.workspaceRoot, paths.projectRoot), o, context);
      if (resume.step !== 'build') {
        console.log(resume.message);
        return true;
      }
    }
    await buildPackage(project, o.packageTarget, paths.workspaceRoot);
    const outDir = join(paths.outputRoot, 'package');
    const artifacts = readArtifacts(digestFiles(outDir), relative(paths.workspaceRoot, outDir), o.release);
    const index = withoutUserInfo(o.publishUrl);
    const files = [artifacts.wheel, artifacts.sdist];
    if (o.dryRun) {
      console.log(
        `Would publish ${artifacts.distribution} ${artifacts.version} to ${index}: ${files.map((f) => f.filename).join(', ')} (dry run: the index was not asked).`,
      );
      return true;
    }
    const listed = await listIndexFiles(o.checkUrl, artifacts.distribution, o.credentials);
    const plan = planUpload(
      files,
      listed,
      o.release.kind === 'new-version' ? 'new-version' : 'resume',
      withoutUserInfo(o.checkUrl),
    );
    if ('problem' in plan) {
      throw new UserError(
        `Could not publish ${project} ${artifacts.version}: ${plan.problem}; nothing was uploaded.`,
        plan.hint,
      );
    }
    for (const present of plan.present) {
      console.log(
        `${present.filename} is on the index already${present.same === false ? ' (the index keeps its own copy: a published file never changes)' : ''}; skipped.`,
      );
    }
    if (plan.upload.length === 0) {
      console.log(`${artifacts.distribution} ${artifacts.version} is published on ${index}.`);
      return true;
    }
    await upload(
      o,
      plan.upload.map((f) => join(outDir, f.filename)),
      paths.workspaceRoot,
    );
    console.log(
      `Published ${artifacts.distribution} ${artifacts.version} to ${index}: ${plan.upload.map((f) => f.filename).join(', ')}`,
    );
    return true;
  });
}

/** A password or token in a committed dotenv file (which Nx would load into this task) stops the publish. */
async function refuseCommittedCredentials(context: ExecutorContext, projectRoot: string): Promise<void> {
  const candidates = getEnvPathsForTask(
    projectRoot,
    context.targetName ?? 'nx-release-publish',
    context.configurationName,
  );
  const found = findRepositoryCredentials(await readTrackedFiles(context.root, candidates));
  if (found.length > 0) {
    throw new UserError(
      `Publishing credentials are in a file of the repository: ${found.join(', ')}.`,
      'remove them from the file (and rotate them: they were committed), and set them in the environment of the release instead, e.g. from a CI secret',
    );
  }
}

/**
 * Run on its own, a publish first looks at the released version and the index, so that versions
 * never released, and versions the index has whole, are not built.
 */
async function planResumeOf(
  project: string,
  root: string,
  o: NormalizedPublishOptions,
  context: ExecutorContext,
): Promise<ResumeStep> {
  const files = readProjectFiles(new FsTree(context.root, false), project, root);
  const version = files.about && readAboutVersion(files.about.text)?.version;
  const pattern = context.nxJsonConfiguration?.release?.releaseTag?.pattern;
  const tag = version ? formatReleaseTag(project, version, pattern) : undefined;
  const distribution = distributionOf(files.pyproject?.text);
  const tagged = tag !== undefined && (await createGit(context.root).tagExists(tag));
  const indexFiles =
    tagged && distribution && !o.dryRun ? await listIndexFiles(o.checkUrl, distribution, o.credentials) : undefined;
  return planResume({ project, version, tag, tagged, distribution, indexFiles });
}

/**
 * Builds the package through Nx (`nx run <project>:package`, from Nx's cache when the released
 * files were built before). Only a project this release publishes is built: a dependsOn would have
 * Nx build the package of every project of the release group, released or not.
 */
async function buildPackage(project: string, target: string, workspaceRoot: string): Promise<void> {
  const nx = require.resolve('nx/bin/nx', { paths: [workspaceRoot] });
  const result = await runProcess({
    file: process.execPath,
    args: [nx, 'run', `${project}:${target}`],
    cwd: workspaceRoot,
    stream: true,
    timeoutMs: 30 * 60_000,
  });
  if (result.exitCode !== 0) {
    throw new UserError(
      `The package of ${project} did not build; nothing was uploaded.`,
      `run nx run ${project}:${target} and fix what it reports`,
    );
  }
}

async function upload(o: NormalizedPublishOptions, files: string[], workspaceRoot: string): Promise<void> {
  const uv = await findUv({ workspaceRoot, python: o.python, configured: o.uv, log: (line) => console.log(line) });
  if (uv.kind !== 'uv') throw new UserError(`No uv to publish with: ${uv.problem}.`, UV_HINT);
  const result = await runProcess({
    ...uploadCommand(uv, o.publishUrl, files, o.credentials),
    cwd: workspaceRoot,
    timeoutMs: 15 * 60_000,
  });
  if (result.exitCode !== 0) {
    const failure = describeUploadFailure(`${result.stdout}\n${result.stderr}`);
    throw new UserError(`Could not publish to ${withoutUserInfo(o.publishUrl)}: ${failure.reason}`, failure.hint);
  }
}
