import type { Diagnostic } from '../../diagnostics/diagnostic';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`): each
 * diagnostic becomes an annotation on the pull request's diff.
 */
export function formatGithub(projectRoot: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties = [
        `file=${escapeProperty(`${projectRoot}/${d.file}`)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      const message = d.hint ? `${d.message} (fix: ${d.hint})` : d.message;
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(message)}`;
    })
    .join('\n');
}
