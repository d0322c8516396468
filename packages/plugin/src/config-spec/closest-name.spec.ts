import { closestName, editDistance } from './closest-name';

describe('closestName', () => {
  it.each([
    ['requried', ['name', 'required', 'description'], 'required'],
    ['instances/defualt', ['instances/default', 'instances/http'], 'instances/default'],
    ['Descripton', ['description'], 'description'],
    ['colour', ['name', 'value'], undefined],
  ])('%s → %s', (name, candidates, expected) => {
    expect(closestName(name, candidates)).toBe(expected);
  });

  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
