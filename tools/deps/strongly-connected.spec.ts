import { closedPath, stronglyConnected } from './strongly-connected';

describe('stronglyConnected', () => {
  it('finds the groups of nodes that reach each other, and nothing in a graph without a loop', () => {
    const looped = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', ['e']],
      ['e', ['d']],
    ]);
    expect(stronglyConnected(looped)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    const acyclic = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(stronglyConnected(acyclic)).toEqual([]);
  });
});

describe('closedPath', () => {
  it('walks the shortest way from the first node of a loop back to it', () => {
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'b', to: 'a' },
      { from: 'c', to: 'a' },
    ];
    expect(closedPath(['a', 'b', 'c'], edges)).toEqual(['a', 'b', 'a']);
    expect(
      closedPath(
        ['a', 'b', 'c'],
        edges.filter((e) => !(e.from === 'b' && e.to === 'a')),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });
});
