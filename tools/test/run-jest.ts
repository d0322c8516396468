import { existsSync, readFileSync, rmSync } from 'node:fs';
import { runProcess } from '@dd/plugin/src/adapters/run-process';
import type { JestTotals } from './render-summary';

/** The test files a set of Jest configurations would run. */
export async function listTestFiles(configs: readonly string[], cwd: string): Promise<string[]> {
  const result = await runProcess({
    file: process.execPath,
    args: [require.resolve('jest/bin/jest'), '--listTests', '--json', '--projects', ...configs],
    cwd,
    // every file, also those a configuration leaves out when what they require is missing
    env: { DD_LIST_EVERY_TEST: '1', DD_QUIET_SKIPS: '1' },
    timeoutMs: 120_000,
  });
  if (result.exitCode !== 0) throw new Error(`jest --listTests failed:\n${result.stderr}`);
  return (JSON.parse(result.stdout) as string[]).sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface JestStage {
  configs: readonly string[];
  /** Files left out, by absolute path. */
  ignore: readonly string[];
  /** Arguments the user passed on to Jest (a file pattern, `-t`, ...). */
  extraArgs: readonly string[];
  runInBand: boolean;
  resultFile: string;
  env: Record<string, string>;
}

/** Runs Jest with its own reporter on the terminal and reads the totals from its JSON result. */
export async function runJestStage(stage: JestStage, cwd: string): Promise<JestTotals> {
  rmSync(stage.resultFile, { force: true });
  const args = [
    require.resolve('jest/bin/jest'),
    // first: Jest's array options (--projects, --testPathIgnorePatterns) take the words after them
    ...stage.extraArgs,
    '--projects',
    ...stage.configs,
    '--passWithNoTests',
    '--json',
    `--outputFile=${stage.resultFile}`,
    ...(stage.runInBand ? ['--runInBand'] : []),
    ...stage.ignore.map((file) => `--testPathIgnorePatterns=^${escapeRegExp(file)}$`),
  ];
  await runProcess({ file: process.execPath, args, cwd, env: stage.env, stream: true });
  return readJestTotals(stage.resultFile);
}

/** The totals of a Jest JSON result file; a missing file counts as one suite that could not run. */
export function readJestTotals(file: string): JestTotals {
  if (!existsSync(file)) return { passed: 0, failed: 0, failedSuites: 1 };
  const result = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numRuntimeErrorTestSuites: number;
  };
  return {
    passed: result.numPassedTests,
    failed: result.numFailedTests,
    failedSuites: result.numRuntimeErrorTestSuites,
  };
}
