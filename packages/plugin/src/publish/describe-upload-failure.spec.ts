import { describeUploadFailure } from './describe-upload-failure';

/** uv publish's output when pypiserver answers with an error page. */
const page = (status: string, pre = '') =>
  [
    'Publishing 2 files to http://127.0.0.1:8080/',
    'Uploading datadog_a-0.2.0-py3-none-any.whl (944B)',
    'error: Failed to publish `dist/datadog_a-0.2.0-py3-none-any.whl` to `http://127.0.0.1:8080/`',
    `  cause: Server returned status code ${status}. Server says:`,
    '             <!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">',
    `             <html><head><title>Error: ${status}</title></head><body>`,
    `                 <h1>Error: ${status}</h1>`,
    `                 <pre>${pre}</pre>`,
    '             </body></html>',
  ].join('\n');

describe('describeUploadFailure', () => {
  it.each([
    ['wrong credentials', page('403 Forbidden'), 'the index answered 403 Forbidden', 'UV_PUBLISH_USERNAME'],
    [
      "wrong credentials, with pypiserver's Python None as its words",
      page('403 Forbidden', 'None'),
      'the index answered 403 Forbidden',
      'UV_PUBLISH_USERNAME',
    ],
    [
      'a version the index has',
      page(
        '409 Conflict',
        'Package &#039;datadog_a-0.2.0-py3-none-any.whl&#039; already exists!\n           You may start server with `--overwrite` option.',
      ),
      "the index answered 409 Conflict: Package 'datadog_a-0.2.0-py3-none-any.whl' already exists! You may start server with `--overwrite` option.",
      'a published version never changes',
    ],
    [
      "PyPI's plain-text refusal",
      "error: Failed to publish `x.whl` to `https://upload.pypi.org/legacy/`\n  cause: Server returned status code 400 Bad Request. Server says: 400 File already exists ('x.whl'). See https://pypi.org/help/#file-name-reuse for more information.",
      "the index answered 400 File already exists ('x.whl'). See https://pypi.org/help/#file-name-reuse for more information.",
      'a published version never changes',
    ],
    [
      'an index that does not answer',
      [
        'error: Failed to publish `x.whl` to `http://127.0.0.1:1/`',
        '  cause: Failed to send POST request',
        '  cause: error sending request for url (http://127.0.0.1:1/)',
        '  cause: tcp connect error',
        '  cause: Connection refused (os error 111)',
      ].join('\n'),
      'Connection refused (os error 111)',
      'check the index URL',
    ],
    ['anything else', 'error: something broke\n', 'something broke', 'run nx release publish again'],
  ])('%s', (_case, output, reason, hint) => {
    const failure = describeUploadFailure(output);
    expect(failure.reason).toBe(reason);
    expect(failure.reason).not.toContain('\n');
    expect(failure.hint).toContain(hint);
  });
});
