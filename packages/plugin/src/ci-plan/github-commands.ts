import type { PlanNotice } from './ci-task';

/**
 * Lines for the file `$GITHUB_OUTPUT` names: `name=value`, or the delimited form for a value
 * that spans lines (with a delimiter the value does not contain).
 */
export function renderGithubOutputs(outputs: Readonly<Record<string, string>>): string {
  return Object.entries(outputs)
    .map(([name, value]) => {
      if (!/^[A-Za-z_][\w-]*$/.test(name)) throw new Error(`invalid output name ${JSON.stringify(name)}`);
      if (!value.includes('\n') && !value.includes('\r')) return `${name}=${value}\n`;
      let delimiter = 'DD_CI_PLAN_EOF';
      while (value.includes(delimiter)) delimiter += '_';
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
}

/** Escapes a workflow command's message (`%`, CR, LF), as the runner decodes it. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (also `:` and `,`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A notice as a GitHub annotation (`::notice title=...::message`), shown on the run's page. */
export function renderGithubAnnotation(notice: PlanNotice): string {
  const level = notice.severity === 'warning' ? 'warning' : 'notice';
  const message = notice.hint ? `${notice.message} How to fix: ${notice.hint}` : notice.message;
  return `::${level} title=${escapeProperty(notice.ruleId)}::${escapeData(message)}`;
}
