import type { ProjectGraph, Tree } from '@nx/devkit';
import { VersionActions, type AfterAllProjectsVersioned } from 'nx/release';
import { refreshNxFileHashes } from '../adapters/refresh-nx-file-hashes';
import type { GuardedFile, FilesGuard } from '../adapters/restore-on-failed-exit';
import { UserError } from '../errors/user-error';
import { checkProjectRelease, type ProjectReleaseCheck } from '../release/check-project-release';
import { describeReleaseProblems } from '../release/describe-release-problem';
import { nextVersion } from '../release/next-version';
import { firstReleaseAsWritten } from '../release/first-release';
import { formatReleaseTag, latestReleasedVersion, releaseTagPrefix, RELEASE_TAG_PATTERN } from '../release/release-tag';
import { renderReleaseFiles } from '../release/render-release-files';
import type { WorkspaceFile } from '../release/release-types';
import { versionPlanEntries } from '../release/version-plan-entries';
import { semverSpelling } from '../versions/release-version';
import { readAboutVersion } from '../release/version-files';
import { distributionOf, raiseRequirements, requirementOn, type ReleasedDependency } from './dependency-requirements';
import { fragmentVersionPlans, versionPlanChangesFor } from './fragment-version-plans';
import { readProjectFiles, type ProjectFiles } from './read-project-files';
import { machineReleasePorts, type ReleasePorts } from './release-ports';

/**
 * A release that cannot go ahead, said before anything is written. Nx prints only an error's
 * message, so the message carries the fix.
 */
export class ReleaseInputError extends UserError {
  override name = 'ReleaseInputError';
  constructor(message: string, hint?: string) {
    super(hint ? `${message}\n  How to fix: ${hint}` : message, hint);
  }
}

/**
 * How `nx release` versions a Python integration (`release.version.versionActions` in nx.json).
 * The version lives in `__about__.py` (a v1 manifest's `version` follows it); versions are PEP 440.
 * The changelog.d fragments, read as Nx version plans, decide the bump; Nx's own version plans
 * work beside them. The CHANGELOG.md entry is written here, in Datadog's format below the file's
 * title, because Nx's changelog step would put it above the title. A project that requires a
 * released workspace project has its requirement raised. Files are computed from what they were
 * before the release, each time Nx asks, so that a second bump replaces the first.
 */
export default class PythonVersionActions extends VersionActions {
  validManifestFilenames = ['pyproject.toml', 'setup.py'];

  private files?: ProjectFiles;
  private check?: Extract<ProjectReleaseCheck, { ok: true }>;
  private newVersion?: string;
  private released?: string;
  /** A first release of the version as written: CHANGELOG.md's section dated, nothing else written. */
  private firstRelease?: readonly WorkspaceFile[];
  private dependencies = new Map<string, ReleasedDependency>();
  private guard?: FilesGuard;
  private connected?: ReleasePorts;

  /** The ports of a real release; a spec overrides this to hand in fakes. */
  protected createPorts(workspaceRoot: string): ReleasePorts {
    return machineReleasePorts(workspaceRoot);
  }

  private ports(tree: Tree): ReleasePorts {
    this.connected ??= this.createPorts(tree.root);
    return this.connected;
  }

  private get name(): string {
    return this.projectGraphNode.name;
  }

  private get root(): string {
    return this.projectGraphNode.data.root;
  }

  private get tagPattern(): string {
    return this.releaseGroup.releaseTag?.pattern ?? RELEASE_TAG_PATTERN;
  }

  private read(tree: Tree): ProjectFiles {
    this.files ??= readProjectFiles(tree, this.name, this.root);
    return this.files;
  }

  /** Nx calls this only for the projects it releases, after its own version plans are read and before any write. */
  override async validate(tree: Tree): Promise<void> {
    await super.validate(tree);
    const files = this.read(tree);
    const { git } = this.ports(tree);
    const released = latestReleasedVersion(
      this.name,
      await git.tags(releaseTagPrefix(this.name, this.tagPattern)),
      this.tagPattern,
    );
    const changed = released
      ? await git.changedSince(formatReleaseTag(this.name, released, this.tagPattern), this.root)
      : undefined;
    const plans = this.releaseGroup.resolvedVersionPlans;
    const check = checkProjectRelease({
      name: this.name,
      root: this.root,
      about: files.about,
      manifest: files.manifest,
      fragments: files.fragments,
      releasedVersion: released,
      changedSinceRelease: changed,
      hasVersionPlan: plans !== false && versionPlanChangesFor(plans, this.name).length > 0,
    });
    if (!check.ok) throw new ReleaseInputError(describeReleaseProblems(this.name, check.problems));
    if (plans === false && check.fragments.length > 0) {
      throw new ReleaseInputError(
        `${this.name} has changelog.d fragments, but version plans are off in nx.json: fragments are read as version plans.`,
        'set "versionPlans": true under "release" in nx.json (nx g @dd/plugin:init writes the whole release configuration)',
      );
    }
    if (plans !== false) plans.push(...fragmentVersionPlans(this.name, check.fragments, tree.root));
    this.check = check;
    this.released = released;
    this.ports(tree).keepFormats();
    this.guard = this.ports(tree).guard(await git.head());
  }

  /** Semver's spelling of the version (`1.2.3-rc.1` for `1.2.3rc1`): Nx compares plan bumps with semver. */
  override async readCurrentVersionFromSourceManifest(tree: Tree) {
    const about = this.read(tree).about;
    const version = about && readAboutVersion(about.text)?.version;
    // An unreadable version is reported with its file and line by validate(), which Nx calls next:
    // an error thrown here would reach the user as "no pyproject.toml".
    return {
      currentVersion: (version && semverSpelling(version)) ?? version ?? '',
      manifestPath: about?.path ?? this.root,
    };
  }

  override async readCurrentVersionFromRegistry() {
    return null;
  }

  override async calculateNewVersion(
    _current: string | null,
    requested: string,
    reason: string,
    reasonData: Record<string, unknown>,
  ): Promise<{ newVersion: string; logText: string }> {
    const check = this.checked();
    if (reason === 'USER_SPECIFIER') {
      const first = firstReleaseAsWritten({
        name: this.name,
        root: this.root,
        current: check.version,
        requested,
        releasedVersion: this.released,
        changelog: this.files!.changelog,
        pendingEntries: check.fragments.length + this.planEntries().length,
        date: this.connected!.today(),
      });
      if (first && !first.asWritten) throw new ReleaseInputError(first.problem, first.hint);
      if (first) {
        this.firstRelease = first.writes;
        const tag = formatReleaseTag(this.name, check.version, this.tagPattern);
        return {
          newVersion: check.version,
          logText: `❓ first release of ${check.version} as written (${this.files!.changelog.path}:${first.line}), tag ${tag}`,
        };
      }
    }
    if (reason === 'USER_SPECIFIER' && check.fragments.length === 0 && this.planEntries().length === 0) {
      throw new ReleaseInputError(
        `${this.name} has no changelog.d fragment nor version plan: its CHANGELOG.md entry is written from them.`,
        `describe the change in ${this.root}/changelog.d/, or leave ${this.name} out (--projects)`,
      );
    }
    const next = nextVersion(check.version, requested);
    if ('problem' in next) throw new ReleaseInputError(`${this.name}: ${next.problem}`, next.hint);
    const tag = formatReleaseTag(this.name, next.version, this.tagPattern);
    if (await this.connected!.git.tagExists(tag)) {
      throw new ReleaseInputError(
        `${this.name} ${next.version} is released already: the tag ${tag} exists.`,
        `if that release is the current one, set __version__ to ${next.version} in ${this.files?.about?.path} and describe only newer changes; else delete the tag (git tag -d ${tag})`,
      );
    }
    const why =
      typeof reasonData.versionPlanPath === 'string'
        ? `from ${reasonData.versionPlanPath}`
        : reason.toLowerCase().replace(/_/g, ' ');
    return {
      newVersion: next.version,
      logText: `❓ ${check.version} + ${requested} (${why}) = ${next.version} (PEP 440), tag ${tag}`,
    };
  }

  override async updateProjectVersion(tree: Tree, newVersion: string): Promise<string[]> {
    this.newVersion = newVersion;
    return this.firstRelease ? this.writeFirstRelease(tree, this.firstRelease) : this.write(tree);
  }

  override async readCurrentVersionOfDependency(tree: Tree, projectGraph: ProjectGraph, dependency: string) {
    const distribution = this.distributionOfProject(tree, projectGraph, dependency);
    const found = distribution ? requirementOn(this.read(tree), distribution) : undefined;
    return { currentVersion: found?.version ?? null, dependencyCollection: found?.file ?? null };
  }

  /**
   * Nx also hands in dependencies this release does not version (at their current version): only
   * those whose `__about__.py` this release changes are raised.
   */
  override async updateProjectDependencies(
    tree: Tree,
    projectGraph: ProjectGraph,
    dependenciesToUpdate: Record<string, string>,
  ): Promise<string[]> {
    const changed = new Set(tree.listChanges().map((c) => c.path));
    const before = JSON.stringify([...this.dependencies]);
    for (const [dependency, version] of Object.entries(dependenciesToUpdate)) {
      const node = projectGraph.nodes[dependency];
      const about = node && readProjectFiles(tree, dependency, node.data.root).about;
      const distribution = this.distributionOfProject(tree, projectGraph, dependency);
      if (!about || !changed.has(about.path) || !distribution) continue;
      this.dependencies.set(dependency, { distribution, version: version.replace(/^[~^=]+/, '') });
    }
    if (!this.newVersion || JSON.stringify([...this.dependencies]) === before) return [];
    if (this.firstRelease) {
      throw new ReleaseInputError(
        `${this.name} ${this.newVersion} is released as written, but this release also raises its requirement on ${[...this.dependencies.keys()].join(', ')}.`,
        `release ${[...this.dependencies.keys()].join(', ')} first, or ${this.name} as its next version with a changelog.d fragment`,
      );
    }
    return this.write(tree);
  }

  /** The first release as written: only a date added to CHANGELOG.md's section, if it had none. */
  private writeFirstRelease(tree: Tree, writes: readonly WorkspaceFile[]): string[] {
    const before = this.read(tree).changelog.text;
    for (const write of writes) tree.write(write.path, write.text);
    this.guard?.set(writes.map((w): GuardedFile => ({ path: w.path, before, after: w.text })));
    return writes.length > 0 ? [`✍️  ${this.newVersion}: ${writes.map((w) => w.path).join(', ')} (dated)`] : [];
  }

  /** Writes every file of the release into the tree, from the files as they were before it. */
  private write(tree: Tree): string[] {
    const check = this.checked();
    const files = this.read(tree);
    const raised = raiseRequirements(files, [...this.dependencies.values()]);
    if ('problem' in raised) {
      throw new ReleaseInputError(
        `${this.name}: ${raised.problem}.`,
        'widen the requirement by hand, then release again',
      );
    }
    const version = this.newVersion ?? check.version;
    const rendered = renderReleaseFiles({
      name: this.name,
      about: files.about!,
      manifest: files.manifest,
      changelog: files.changelog,
      version,
      date: this.ports(tree).today(),
      entries: [...check.fragments, ...this.planEntries(), ...raised.entries],
    });
    const writes = [...rendered.writes, ...raised.writes];
    for (const write of writes) tree.write(write.path, write.text);
    const originals = new Map<string, string | undefined>([
      [files.changelog.path, files.changelog.text],
      ...[files.about, files.manifest, files.requirements, files.pyproject]
        .filter((f) => f !== undefined)
        .map((f) => [f.path, f.text] as const),
    ]);
    // After writing these, Nx deletes the fragments and version plans of the release.
    const deleted = [...files.fragments, ...this.planFiles(tree)];
    this.guard?.set([
      ...writes.map((w): GuardedFile => ({ path: w.path, before: originals.get(w.path), after: w.text })),
      ...deleted.map((f): GuardedFile => ({ path: f.path, before: f.text, after: undefined })),
    ]);
    return [`✍️  ${version}: ${writes.map((w) => w.path).join(', ')}`];
  }

  private planChanges() {
    const plans = this.releaseGroup.resolvedVersionPlans;
    return plans === false ? [] : versionPlanChangesFor(plans, this.name);
  }

  private planEntries() {
    return versionPlanEntries(this.planChanges());
  }

  private planFiles(tree: Tree): WorkspaceFile[] {
    return this.planChanges()
      .filter((change) => tree.exists(change.path))
      .map((change) => ({ path: change.path, text: tree.read(change.path, 'utf-8') ?? '' }));
  }

  private checked(): Extract<ProjectReleaseCheck, { ok: true }> {
    if (!this.check) throw new Error(`nx release asked for a version of ${this.name} before validating it`);
    return this.check;
  }

  private distributionOfProject(tree: Tree, projectGraph: ProjectGraph, project: string): string | undefined {
    const node = projectGraph.nodes[project];
    return node ? distributionOf(tree.read(`${node.data.root}/pyproject.toml`, 'utf-8') ?? undefined) : undefined;
  }
}

/**
 * After Nx wrote every project's version files (not in a dry run): Nx is told which files changed,
 * so that the package tasks `nx release` then runs to publish are hashed on the released files.
 */
export const afterAllProjectsVersioned: AfterAllProjectsVersioned = async (workspaceRoot, { dryRun }) => {
  if (!dryRun) await refreshNxFileHashes(workspaceRoot);
  return { changedFiles: [], deletedFiles: [] };
};
