import { pythonAssignment, pythonString, PythonTuple } from './python-literal';

describe('Python literals', () => {
  it("writes strings as Python's repr does", () => {
    expect(pythonString('plain')).toBe("'plain'");
    expect(pythonString("it's")).toBe('"it\'s"');
    expect(pythonString(`both ' and "`)).toBe(`'both \\' and "'`);
    expect(pythonString('a\\b\n\t\x01')).toBe("'a\\\\b\\n\\t\\x01'");
  });

  it('puts each item of a collection on its own line, and a short item on one line', () => {
    expect(pythonAssignment('PORTS', { redis: [6379], 'with-dash': [] })).toBe(
      "PORTS = {\n    'redis': [6379],\n    'with-dash': [],\n}",
    );
    expect(pythonAssignment('READY', [new PythonTuple(['redis', 'tcp', 6379, 10, 28])])).toBe(
      "READY = [\n    ('redis', 'tcp', 6379, 10, 28),\n]",
    );
  });

  it('writes scalars, empty collections, a lone tuple item and a key named like a field as Python does', () => {
    expect(pythonAssignment('BUILDS', true)).toBe('BUILDS = True');
    expect(pythonAssignment('NOTHING', null)).toBe('NOTHING = None');
    expect(pythonAssignment('LIMITS', [1.5, Infinity, -Infinity, NaN])).toBe(
      "LIMITS = [\n    1.5,\n    float('inf'),\n    float('-inf'),\n    float('nan'),\n]",
    );
    expect(pythonAssignment('INSTANCE', {})).toBe('INSTANCE = {}');
    expect(pythonAssignment('ONE', [new PythonTuple(['x'])])).toBe("ONE = [\n    ('x',),\n]");
    expect(pythonAssignment('I', { items: [1], tuple: [2] })).toBe("I = {\n    'items': [1],\n    'tuple': [2],\n}");
  });

  it('splits an item longer than a line one item per line, as ruff formats it', () => {
    const command = Array.from({ length: 12 }, (_, i) => `argument-${i}`);
    const text = pythonAssignment('STEPS', [new PythonTuple([null, command, 27])]);
    expect(text.split('\n')).toEqual([
      'STEPS = [',
      '    (',
      '        None,',
      '        [',
      ...command.map((a) => `            '${a}',`),
      '        ],',
      '        27,',
      '    ),',
      ']',
    ]);
  });

  it('keeps a string longer than any line whole, and tells the linter', () => {
    const long = 'x'.repeat(130);
    expect(pythonAssignment('S', [long])).toBe(`S = [\n    '${long}',  # noqa: E501\n]`);
  });
});
