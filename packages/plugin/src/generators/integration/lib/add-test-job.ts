import { createHash } from 'node:crypto';
import { isMap, isScalar, LineCounter, parseDocument, stringify, type Pair, type YAMLMap } from 'yaml';
import type { RepositoryFileEdit } from './add-codeowners-entry';

/** The reusable workflow ddev points a new repository's first job at. */
const DEFAULT_USES = 'DataDog/integrations-core/.github/workflows/test-target.yml@master';

/** ddev's job id: `j` and the first seven hex digits of the SHA-256 of the job's name. */
export function testJobId(jobName: string): string {
  return `j${createHash('sha256').update(jobName).digest('hex').slice(0, 7)}`;
}

/** The job `ddev validate ci --sync` writes for a Linux target, in its layout. */
function defaultJob(uses: string): string {
  return [
    '  <id>:',
    `    uses: ${uses}`,
    '    with:',
    '      job-name: <job-name>',
    '      target: <target>',
    '      platform: linux',
    `      runner: '["ubuntu-22.04"]'`,
    '      repo: "${{ inputs.repo }}"',
    '      context: ${{ inputs.context }}',
    '      python-version: "${{ inputs.python-version }}"',
    '      latest: ${{ inputs.latest }}',
    '      agent-image: "${{ inputs.agent-image }}"',
    '      agent-image-py2: "${{ inputs.agent-image-py2 }}"',
    '      agent-image-windows: "${{ inputs.agent-image-windows }}"',
    '      agent-image-windows-py2: "${{ inputs.agent-image-windows-py2 }}"',
    '      test-py2: ${{ inputs.test-py2 }}',
    '      test-py3: ${{ inputs.test-py3 }}',
    '      setup-env-vars: "${{ inputs.setup-env-vars }}"',
    '    secrets: inherit',
    '',
  ].join('\n');
}

interface JobBlock {
  target: string;
  platform: string;
  start: number;
  end: number;
}

/** A scalar as ddev's YAML dump writes it: plain when it can be, else quoted. */
function scalar(value: string): string {
  return stringify(value).trimEnd();
}

/**
 * test-all.yml with the integration's test job, as `ddev validate ci --sync` writes it: id
 * `j<sha256(job name)[:7]>`, the job name (the tile's title) and target, the reusable workflow of
 * the jobs already there, in the place that keeps jobs sorted by target. `text: undefined` when
 * the target has its job already; a problem (file and line) when the file is not such a workflow.
 */
export function addTestJob(text: string, file: string, target: string, jobName: string): RepositoryFileEdit {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const problem = (offset: number, message: string) => ({
    problem: {
      file,
      line: lineCounter.linePos(offset).line,
      message: `${file}:${lineCounter.linePos(offset).line}: ${message}`,
      hint: `fix ${file} (ddev validate ci --sync rewrites the jobs), then generate again; nothing was written`,
    },
  });
  if (doc.errors.length > 0) return problem(doc.errors[0].pos[0], doc.errors[0].message.split('\n')[0]);
  const root = doc.contents;
  const jobsPair = isMap(root)
    ? (root.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === 'jobs')
    : undefined;
  if (!jobsPair) return problem(0, 'the workflow has no `jobs`: it is not the test-all workflow ddev keeps');
  const jobs = jobsPair.value;
  const blocks = isMap(jobs) ? readJobs(jobs as YAMLMap, text) : [];
  if (blocks.some((b) => b.target === target)) return { text: undefined };
  const linux = blocks.find((b) => b.platform === 'linux');
  const template = linux ? text.slice(linux.start, linux.end).replace(/\n*$/, '\n') : defaultJob(DEFAULT_USES);
  const job = fillJob(template, testJobId(jobName), jobName, target);
  if (blocks.length === 0) {
    const keyEnd = isScalar(jobsPair.key) && jobsPair.key.range ? jobsPair.key.range[1] : 0;
    const lineEnd = text.indexOf('\n', keyEnd);
    const head = text.slice(0, keyEnd);
    const rest = lineEnd < 0 ? '' : text.slice(lineEnd + 1);
    return { text: `${head}:\n${job}${rest}` };
  }
  const next = blocks.find((b) => b.target > target);
  const at = next ? next.start : blocks[blocks.length - 1].end;
  const before = text.slice(0, at);
  return { text: `${before}${before.endsWith('\n') ? '' : '\n'}${job}${text.slice(at)}` };
}

function readJobs(jobs: YAMLMap, text: string): JobBlock[] {
  const pairs = jobs.items as Pair[];
  return pairs.flatMap((pair, i) => {
    const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
    if (!keyRange || !isMap(pair.value)) return [];
    const value = pair.value as YAMLMap;
    const withMap = value.get('with');
    const read = (key: string) => (isMap(withMap) ? String(withMap.get(key) ?? '') : '');
    const start = text.lastIndexOf('\n', keyRange[0]) + 1;
    const nextKey = pairs[i + 1]?.key;
    const nextStart = isScalar(nextKey) && nextKey.range ? text.lastIndexOf('\n', nextKey.range[0]) + 1 : undefined;
    const end = nextStart ?? endOfLine(text, value.range?.[1] ?? text.length);
    return [{ target: read('target'), platform: read('platform'), start, end }];
  });
}

function endOfLine(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
  return nl < 0 ? text.length : Math.max(nl + 1, offset);
}

/** A copy of another job, or of ddev's, for this target. */
function fillJob(template: string, id: string, jobName: string, target: string): string {
  return template
    .replace(/^(\s*)\S+:\s*$/m, `$1${id}:`)
    .replace(/^(\s*)job-name:.*$/m, `$1job-name: ${scalar(jobName)}`)
    .replace(/^(\s*)target:.*$/m, `$1target: ${scalar(target)}`);
}
