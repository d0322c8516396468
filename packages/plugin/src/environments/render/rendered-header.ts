import { ENV_FILE } from '../read-env-file';

/** The first line of every file rendered from ci/env.yaml, as a comment: where it comes from and how to renew it. */
export function renderedHeader(comment: string, integration: string): string {
  return `${comment} Rendered from ${ENV_FILE} by \`nx lint ${integration} --fix\`: edit ${ENV_FILE}, not this file.`;
}
