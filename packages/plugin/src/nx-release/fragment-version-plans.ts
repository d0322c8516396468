import { join } from 'node:path';
import type { ProjectsVersionPlan, GroupVersionPlan } from 'nx/src/command-line/release/config/version-plans';
import { fragmentBump } from '../release/changelog-fragments';
import type { FragmentFile } from '../release/check-project-release';
import type { VersionPlanChange } from '../release/version-plan-entries';

/** Marks the version plans that stand for changelog.d fragments, to tell them from Nx's own. */
export const FROM_FRAGMENT = Symbol('dd-plugin-changelog-fragment');

type NxVersionPlan = ProjectsVersionPlan | GroupVersionPlan;
export type FragmentVersionPlan = ProjectsVersionPlan & { [FROM_FRAGMENT]: true };

/**
 * Each changelog.d fragment as an Nx version plan of its project, with the bump its type asks
 * for. Nx then does with fragments what it does with its own plans: bumps the project (the
 * largest bump wins), names the fragment in its log, and after the release deletes the fragment
 * and stages the deletion into the release commit.
 */
export function fragmentVersionPlans(
  project: string,
  fragments: readonly FragmentFile[],
  workspaceRoot: string,
): FragmentVersionPlan[] {
  return fragments.map((fragment) => ({
    absolutePath: join(workspaceRoot, fragment.path),
    relativePath: fragment.path,
    // Nx keys plans by file name: the path keeps two projects' `1.fixed` apart.
    fileName: fragment.path,
    createdOnMs: 0,
    message: fragment.text,
    commit: null,
    projectVersionBumps: { [project]: fragmentBump(fragment) },
    [FROM_FRAGMENT]: true,
  }));
}

/** Nx's own version plans (not fragments) that bump `project`, with the bump each asks of it. */
export function versionPlanChangesFor(plans: readonly NxVersionPlan[], project: string): VersionPlanChange[] {
  const changes: VersionPlanChange[] = [];
  for (const plan of plans) {
    if ((plan as Partial<FragmentVersionPlan>)[FROM_FRAGMENT]) continue;
    const bump =
      'projectVersionBumps' in plan
        ? plan.projectVersionBumps[project]
        : !plan.triggeredByProjects || plan.triggeredByProjects.includes(project)
          ? plan.groupVersionBump
          : undefined;
    if (bump) changes.push({ path: plan.relativePath, bump, message: plan.message });
  }
  return changes;
}
