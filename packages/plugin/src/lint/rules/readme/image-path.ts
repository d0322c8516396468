import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE_IMAGE = /!\[[^\]]*\]\[([^\]]+)\]/g;
const HTML_IMAGE = /<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi;
const DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s.*)?$/;

/** An image of the integration's own folder as published by Datadog's repositories on GitHub. */
function isOwnPublishedImage(url: string, name: string): boolean {
  const m = /^https:\/\/raw\.githubusercontent\.com\/DataDog\/[^/]+\/[^/]+\/([^/]+)\/images\//.exec(url);
  return m?.[1] === name;
}

export const readmeImagePathRule: LintRule = {
  id: 'readme/image-path',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      "an image that does not exist is a broken image on the published page (`ddev validate readmes` fails one linked by its GitHub URL), and Datadog publishes only the integration's folder",
    advicePart: "an image hosted outside the integration's folder",
  },
  description:
    "Images in README.md (inline, reference-style or HTML) come from the integration's own folder (e.g. `images/dashboard.png`, or that folder as Datadog's repositories publish it) and exist there: Datadog publishes the folder with the README, and an image hosted elsewhere or outside the folder breaks or changes without review. Bad: `![dash](https://example.com/x.png)`, `![dash](../other/images/x.png)`. Good: `![dash](images/dashboard.png)`. An image linked by its published address (`https://raw.githubusercontent.com/DataDog/<repo>/master/<name>/images/x.png`) must exist as `images/x.png`, as Datadog's README validation checks. Fix: copy the image into the folder and link it by relative path.",
  check: (context) => {
    const text = context.files['README.md'];
    if (text === undefined) return [];
    const lines = text.split('\n');
    const definitions = new Map<string, string>();
    for (const line of lines) {
      const m = DEFINITION.exec(line);
      if (m) definitions.set(m[1].toLowerCase(), m[2]);
    }
    const out: Finding[] = [];
    lines.forEach((line, i) => {
      const found = [
        ...[...line.matchAll(MARKDOWN_IMAGE)].map((m) => ({ url: m[1], index: m.index ?? 0 })),
        ...[...line.matchAll(HTML_IMAGE)].map((m) => ({ url: m[1], index: m.index ?? 0 })),
        ...[...line.matchAll(REFERENCE_IMAGE)].flatMap((m) => {
          const url = definitions.get(m[1].toLowerCase());
          return url ? [{ url, index: m.index ?? 0 }] : [];
        }),
      ];
      for (const { url, index } of found) {
        const at = { line: i + 1, column: index + 1 };
        if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//')) {
          const image = `images/${url.split(/[?#]/)[0].split('/').pop()}`;
          if (!isOwnPublishedImage(url, context.name))
            out.push(
              report(
                'README.md',
                at,
                `image '${url}' is hosted outside the integration's folder`,
                'copy it to images/ in the integration and link it by relative path',
                'warning',
              ),
            );
          else if (context.paths !== undefined && !context.exists(image))
            out.push(
              report(
                'README.md',
                at,
                `image '${url}' is published from ${image}, which does not exist`,
                `add ${image} to the integration, or correct the link`,
              ),
            );
        } else if (url.startsWith('/') || url.split('/').includes('..')) {
          out.push(
            report(
              'README.md',
              at,
              `image '${url}' is outside the integration's folder`,
              'move it into the integration (e.g. images/) and link it by a relative path',
            ),
          );
        } else if (context.paths !== undefined && !context.exists(url.split(/[?#]/)[0])) {
          out.push(
            report(
              'README.md',
              at,
              `image '${url}' does not exist`,
              'add the image to the integration, or correct the path',
            ),
          );
        }
      }
    });
    return out;
  },
};
