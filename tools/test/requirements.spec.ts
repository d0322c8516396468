import { requirementsOf } from './requirements';

describe('requirementsOf', () => {
  it.each([
    ['/** @requires docker: an engine. */\nimport x from "y";', ['docker']],
    ['/**\n * Real integrations.\n * @requires corpus\n * @requires docker\n */\n', ['corpus', 'docker']],
    ['import x from "y";\n/** @requires docker */\n', []],
    ['// @requires docker\n', []],
    ['describe("x", () => {});\n', []],
  ])('reads the doc comment the file starts with: %j', (source, expected) => {
    expect(requirementsOf(source)).toEqual(expected);
  });

  it('refuses a requirement it does not know, rather than running the file unprepared', () => {
    expect(() => requirementsOf('/** @requires kubernetes */')).toThrow(
      'unknown @requires kubernetes; known: docker, corpus, go, compose, extras, ddev',
    );
  });
});
