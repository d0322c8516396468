import { classifyHashPlan } from './task-inputs';

describe('classifyHashPlan', () => {
  it("sorts Nx's hash plan entries into files, runtime commands and inputs the planner cannot compare", () => {
    expect(
      classifyHashPlan([
        'file:integrations/a/README.md',
        'file:nx.json',
        'runtime:"node" "x.js"',
        'env:DD_PYTHON',
        'npm:@dd/plugin',
        'AllExternalDependencies',
        'a:ProjectConfiguration',
        'a:TsConfig',
        'something:new',
      ]),
    ).toEqual({
      files: ['integrations/a/README.md', 'nx.json'],
      runtime: ['"node" "x.js"'],
      opaque: ['something:new'],
    });
  });
});
