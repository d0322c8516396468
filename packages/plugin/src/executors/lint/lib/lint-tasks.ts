import { relative } from 'node:path';
import { readRepositoryFiles } from '../../../adapters/read-repository-files';
import { pluginVersion } from '../../../plugin-version';
import { chooseLintPolicy, describeSelection, readWorkspaceSelection } from './choose-lint-policy';
import { collectConfigRenders } from './config-renders';
import { diskLintIo } from './lint-io';
import { lintProject, renderTaskOutput } from './lint-project';
import type { NormalizedLintOptions } from './normalize-options';
import { collectPythonFindings } from './python-findings';

/** One lint task: an integration and its options. */
export interface LintTask {
  id: string;
  project: string;
  /** Absolute folder. */
  projectRoot: string;
  options: NormalizedLintOptions;
}

/** What a task prints and whether it passed, or the defect that stopped it. */
export type LintTaskOutcome = { task: LintTask; success: boolean; output: string } | { task: LintTask; error: unknown };

/**
 * Lints every task, one at a time or a whole batch alike: each spec.yaml renders in one Python
 * process while ruff runs over the integrations (they read different files), the repository's
 * own files are read once, then the rules run task by task and each outcome is yielded.
 */
export async function* lintTasks(tasks: readonly LintTask[], workspaceRoot: string): AsyncGenerator<LintTaskOutcome> {
  const log = (line: string) => console.error(line);
  const first = tasks[0]?.options;
  const displayRoot = (task: LintTask) => relative(workspaceRoot, task.projectRoot).split('\\').join('/');
  const rendering = collectConfigRenders(
    tasks.map((t) => t.projectRoot),
    { workspaceRoot, checksDev: first?.checksDev, log },
  );
  rendering.catch(() => undefined);
  const python = await collectPythonFindings(
    tasks
      .filter((t) => t.options.python)
      .map((t) => ({
        project: t.project,
        projectRoot: t.projectRoot,
        displayRoot: displayRoot(t),
        fix: t.options.fix,
      })),
    {
      workspaceRoot,
      ruff: first?.ruff,
      describeRules: tasks.some((t) => t.options.python && t.options.format === 'sarif'),
      log,
    },
  );
  const rendered = await rendering;
  const repository = readRepositoryFiles(workspaceRoot);
  const version = pluginVersion();
  const workspaceSelection = readWorkspaceSelection(workspaceRoot);
  // Said once per run, in the output of the first task that has it (Nx shows a batch task's output, not its stderr).
  const said = new Set<string>();
  let preface: string[] = [];
  const sayOnce = (line: string) => {
    if (!said.has(line)) preface.push(line);
    said.add(line);
  };
  for (const task of tasks) {
    try {
      const { policy, selection } = chooseLintPolicy(task.options, workspaceSelection);
      for (const warning of selection.warnings) sayOnce(`warning: ${warning}`);
      if (task.options.verbose) sayOnce(describeSelection(selection, policy.strict));
      const ruff = task.options.python ? python.get(task.projectRoot) : undefined;
      const target = {
        projectRoot: task.projectRoot,
        displayRoot: displayRoot(task),
        repository,
        renderedConfig: rendered.get(task.projectRoot),
        pythonRules: ruff?.rules,
      };
      const linted = lintProject(target, ruff?.diagnostics, task.options, diskLintIo, version, policy);
      const result = { ...linted, notes: [...(ruff?.notes ?? []), ...linted.notes] };
      if (task.options.format === 'json' || task.options.format === 'sarif')
        for (const note of result.notes) console.error(note);
      // A machine-read report stays pure: what is said goes to stderr then.
      const machine = task.options.format === 'json' || task.options.format === 'sarif';
      if (machine) preface.forEach(log);
      const output = [...(machine ? [] : preface), renderTaskOutput(result, task.options)]
        .filter((s) => s !== '')
        .join('\n');
      preface = [];
      yield { task, success: result.success, output };
    } catch (error) {
      yield { task, error };
    }
  }
}
