import type { Diagnostic, LintRule } from '../../diagnostic';
import { report } from '../rule-helpers';

const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi;

export const readmeImagePathRule: LintRule = {
  id: 'readme/image-path',
  description:
    "Images in README.md come from the integration's own folder (e.g. `images/dashboard.png`) and exist there: Datadog publishes the folder with the README, and an image hosted elsewhere or outside the folder breaks or changes without review. Bad: `![dash](https://example.com/x.png)`, `![dash](../other/images/x.png)`. Good: `![dash](images/dashboard.png)`. Fix: copy the image into the folder and link it by relative path.",
  check: (context) => {
    const text = context.files['README.md'];
    if (text === undefined) return [];
    const out: Diagnostic[] = [];
    text.split('\n').forEach((line, i) => {
      for (const re of [MARKDOWN_IMAGE, HTML_IMAGE]) {
        for (const m of line.matchAll(re)) {
          const url = m[1];
          const at = { line: i + 1, column: (m.index ?? 0) + 1 };
          if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//')) {
            out.push(report('readme/image-path', 'README.md', at, `image '${url}' is hosted outside the integration's folder`, 'copy it to images/ in the integration and link it by relative path', 'warning'));
          } else if (url.startsWith('/') || url.split('/').includes('..')) {
            out.push(report('readme/image-path', 'README.md', at, `image '${url}' is outside the integration's folder`, 'move it into the integration (e.g. images/) and link it by a relative path'));
          } else if (context.paths !== undefined && !context.exists(url.split(/[?#]/)[0])) {
            out.push(report('readme/image-path', 'README.md', at, `image '${url}' does not exist`, 'add the image to the integration, or correct the path'));
          }
        }
      }
    });
    return out;
  },
};
