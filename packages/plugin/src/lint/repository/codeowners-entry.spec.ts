import { findCodeownersEntry } from './codeowners-entry';

describe('findCodeownersEntry', () => {
  // Each verdict is ddev 20.1's `_create_codeowners_map` on the same text.
  it.each([
    ['a line of its own', '/foo/    @acme/team x@y.z\n', 'foo', { line: 1, owner: '@acme/team' }],
    ['the last line wins', '/foo/ @a\n/bar/ @b\n/foo/\n', 'foo', { line: 3, owner: undefined }],
    ['a space after the path is an owner', '/foo/ \n', 'foo', { line: 1, owner: '' }],
    ['CRLF line endings', '/foo/ @a\r\n/bar/ @b\r\n', 'bar', { line: 2, owner: '@b' }],
    ['a nested folder by its path', '/integrations/foo/ @a\n', 'integrations/foo', { line: 1, owner: '@a' }],
    ['not a glob', '/foo/* @a\n**/foo/ @a\n', 'foo', undefined],
    ['not a sub-folder', '/foo/assets/ @a\n', 'foo', undefined],
    ['not a path without its slashes', 'foo/ @a\n/foo @a\n', 'foo', undefined],
    ['not a tab-separated line (ddev splits on spaces)', '/foo/\t@a\n', 'foo', undefined],
    ['not a comment', '# /foo/ @a\n', 'foo', undefined],
    ['not a path that a form feed ends (Python ends the line there)', '/foo/\f @a\n', 'foo', undefined],
  ])('%s', (_title, text, folder, expected) => {
    expect(findCodeownersEntry(text, folder)).toEqual(expected);
  });
});
