import type { ExecutorContext } from '@nx/devkit';
import { join } from 'node:path';
import { formatUserError, UserError } from '../../errors/user-error';

export interface ProjectPaths {
  workspaceRoot: string;
  projectName: string;
  /** Absolute path of the integration's folder. */
  projectRoot: string;
  /** Absolute path of the integration's output folder (`dist/integrations/<name>`). */
  outputRoot: string;
  /** Absolute path of the integration's virtualenv. */
  venvDir: string;
}

/** Resolves the paths an executor works with from Nx's context. */
export function resolveProjectPaths(context: ExecutorContext): ProjectPaths {
  const projectName = context.projectName;
  const project = projectName ? context.projectsConfigurations?.projects[projectName] : undefined;
  if (!projectName || !project) throw new Error('@dd/plugin executors must run on a project');
  const projectRoot = join(context.root, project.root);
  return {
    workspaceRoot: context.root,
    projectName,
    projectRoot,
    outputRoot: join(context.root, 'dist', project.root),
    venvDir: join(projectRoot, '.venv'),
  };
}

/**
 * Runs an executor body and turns a {@link UserError} into a printed message and a failed
 * result; other errors are defects and propagate with their stack.
 */
export async function runExecutor(body: () => Promise<boolean>): Promise<{ success: boolean }> {
  try {
    return { success: await body() };
  } catch (error) {
    if (error instanceof UserError) {
      console.error(`\n${formatUserError(error)}\n`);
      return { success: false };
    }
    throw error;
  }
}
