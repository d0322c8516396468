import type { LintRule } from '../../lint-rule';
import { CodeownersPatternError, owningLine } from '../../repository/codeowners-owners';
import { report } from '../rule-helpers';
import { codeownersSubject } from './codeowners-subject';

/** The team ddev requires among the owners of every integration's log assets. */
export const LOGS_TEAM = '@DataDog/logs-integrations-reviewers';

export const codeownersLogsOwnerRule: LintRule = {
  id: 'codeowners/logs-owner',
  policy: {
    provenance: 'upstream',
    validator: 'codeowners',
    basis: `\`ddev validate codeowners\` (\`/<integration>/assets/logs/ is not owned by ${LOGS_TEAM}\`)`,
  },
  description: `When the repository has a \`.github/CODEOWNERS\` and the integration has log assets (\`assets/logs/\`), the line of CODEOWNERS that owns \`/<folder>/assets/logs/\` names the team \`${LOGS_TEAM}\`, which reviews every log pipeline. Ownership is resolved as GitHub and \`ddev validate codeowners\` resolve it: the last line whose pattern matches wins (\`/foo/\`, \`**/assets/logs/\`, \`*.yaml\`, ...), so a later line for the integration can take the logs team away. Bad: \`**/assets/logs/ ${LOGS_TEAM}\` followed by \`/foo/assets/ @acme/team\`. Good: \`/foo/assets/logs/ @acme/team ${LOGS_TEAM}\` as the last line that matches. Fix: add the team to the line that owns the log assets, or add such a line after the others. A pattern ddev cannot read (an unterminated \`[\`) is reported too: ddev stops on it.`,
  check: (context) => {
    const subject = context.paths?.some((p) => p.startsWith('assets/logs/')) ? codeownersSubject(context) : undefined;
    if (!subject) return [];
    const { codeowners, folder } = subject;
    const logs = (context.paths ?? []).filter((p) => p.startsWith('assets/logs/')).sort()[0];
    let owner;
    try {
      owner = owningLine(codeowners.text, `/${folder}/assets/logs/`);
    } catch (error) {
      if (!(error instanceof CodeownersPatternError)) throw error;
      return [
        report(
          logs,
          undefined,
          `${codeowners.path} cannot be read: ${error.message}`,
          `close the character class (or escape the \`[\`) in ${codeowners.path}`,
        ),
      ];
    }
    if (owner?.owners.some((o) => o.kind === 'TEAM' && o.name === LOGS_TEAM)) return [];
    const why = owner
      ? `line ${owner.line} of ${codeowners.path} (${owner.pattern}) owns /${folder}/assets/logs/ without ${LOGS_TEAM}`
      : `no line of ${codeowners.path} owns /${folder}/assets/logs/`;
    return [
      report(
        logs,
        undefined,
        why,
        `add ${LOGS_TEAM} to the last line of ${codeowners.path} that matches /${folder}/assets/logs/, or add \`/${folder}/assets/logs/ ${LOGS_TEAM}\` after it`,
      ),
    ];
  },
};
