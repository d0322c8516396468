import { decodeEntities, parseSimpleIndex, SIMPLE_JSON } from './parse-simple-index';

const SHA = 'e6d544b1ffe7212e84b0b8f5ea62f309c497ae41b3dcab162968d9c9ecf577b4';

describe('parseSimpleIndex', () => {
  it('reads the anchors of an HTML project page (PEP 503), as pypiserver writes it', () => {
    const page = [
      '<!DOCTYPE html><html><body><h1>Links for datadog-foo</h1>',
      `  <a href="/packages/datadog_foo-0.1.0-py3-none-any.whl#sha256=${SHA.toUpperCase()}">datadog_foo-0.1.0-py3-none-any.whl</a><br>`,
      '  <a href="/packages/datadog_foo-0.1.0.tar.gz" data-requires-python="&gt;=3.9">datadog_foo-0.1.0.tar.gz</a><br>',
      '</body></html>',
    ].join('\n');
    expect(parseSimpleIndex(page, 'text/html; charset=utf-8')).toEqual([
      { filename: 'datadog_foo-0.1.0-py3-none-any.whl', sha256: SHA },
      { filename: 'datadog_foo-0.1.0.tar.gz' },
    ]);
  });

  it('reads the JSON form (PEP 691)', () => {
    const page = JSON.stringify({
      files: [
        { filename: 'a-1.0.tar.gz', hashes: { sha256: SHA } },
        { filename: 'a-1.0-py3-none-any.whl', hashes: {} },
        {},
      ],
    });
    expect(parseSimpleIndex(page, SIMPLE_JSON)).toEqual([
      { filename: 'a-1.0.tar.gz', sha256: SHA },
      { filename: 'a-1.0-py3-none-any.whl' },
    ]);
  });

  it('decodes the entities of index pages', () => {
    expect(decodeEntities('Package &#039;x&#039; &amp; &#x27;y&#x27; &lt;ok&gt; &nope;')).toBe(
      "Package 'x' & 'y' <ok> &nope;",
    );
  });
});
