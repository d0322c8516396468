import { lastLine } from '../commands/last-line';
import { decodeEntities } from './parse-simple-index';

/** A failed upload in one line, and how to fix it. */
export interface UploadFailure {
  reason: string;
  hint: string;
}

const HINTS = {
  credentials:
    'set UV_PUBLISH_USERNAME and UV_PUBLISH_PASSWORD (or UV_PUBLISH_TOKEN) in the environment of the release, e.g. from a CI secret',
  exists:
    'a published version never changes: describe the next change with a changelog.d fragment and release again (nx release)',
  unreachable:
    'check the index URL (UV_PUBLISH_URL or the publishUrl option) and that the index is up, then run nx release publish again',
  other: 'fix what the index says, then run nx release publish again: files already on the index are skipped',
};

/**
 * Reads what uv publish printed when an upload failed and says it in one line: the index's
 * status and its own words (the text of an HTML error page), or the network error at the end of
 * uv's chain of causes.
 */
export function describeUploadFailure(output: string): UploadFailure {
  // eslint-disable-next-line no-control-regex -- uv's colour codes
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const causes = plain
    .split('\n')
    .map((line) => /^\s*(?:Caused by|cause):\s*(.*)$/.exec(line)?.[1]?.trim())
    .filter((c): c is string => !!c);
  const status = /status code (\d{3})\s*([^.\n]*)\.?/.exec(plain);
  if (status) {
    const said = serverWords(plain.slice(plain.indexOf('Server says:') + 'Server says:'.length));
    const code = Number(status[1]);
    const statusText = `${status[1]} ${status[2].trim()}`.trim();
    const reason = !said ? statusText : said.startsWith(status[1]) ? said : `${statusText}: ${said}`;
    const kind =
      code === 401 || code === 403
        ? 'credentials'
        : code === 409 || /already exists|file-name-reuse/i.test(said)
          ? 'exists'
          : 'other';
    return { reason: `the index answered ${reason}`, hint: HINTS[kind] };
  }
  if (causes.length > 0) {
    const network = causes.some((c) => /connect|dns|resolve|timed out|tls|certificate|send POST request/i.test(c));
    return { reason: causes[causes.length - 1], hint: network ? HINTS.unreachable : HINTS.other };
  }
  const error = /error:\s*(.*)/.exec(plain)?.[1]?.trim();
  return { reason: error || lastLine(plain), hint: HINTS.other };
}

/** The index's own words from an error page: its <pre>, else its heading or title; or plain text. */
function serverWords(text: string): string {
  if (!/<[a-z!]/i.test(text)) return oneLine(text.split(/\n\s*\n/)[0] ?? '');
  const pre = /<pre[^>]*>([\s\S]*?)<\/pre>/i.exec(text)?.[1];
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(text)?.[1] ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
  const words = oneLine(decodeEntities((pre?.trim() ? pre : (heading ?? '')).replace(/<[^>]*>/g, ' ')));
  // pypiserver prints Python's None when it has nothing to say (a refused password).
  return words.replace(/^Error:\s*/i, '').replace(/^None$/, '');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
