/**
 * Writes packages/plugin/docs/lint.md from the rules' own descriptions.
 *
 *   node -r @swc-node/register tools/docs/lint-docs.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRuleDocs } from '@dd/plugin/src/lint/docs/render-rule-docs';
import { RULES } from '@dd/plugin/src/lint/rules';

writeFileSync(join(__dirname, '..', '..', 'packages', 'plugin', 'docs', 'lint.md'), renderRuleDocs(RULES));
