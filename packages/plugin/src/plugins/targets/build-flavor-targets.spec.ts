import { buildFlavoredTestTarget, buildFlavorTestTarget } from './build-flavor-targets';

const flavor = { name: '7.0', isDefault: true, digest: 'abc123', summary: 'suite=bookworm' };
const context = { pluginInputs: [] };

describe('flavor targets', () => {
  it('caches a flavor on its own digest rather than on the whole ci/env.yaml', () => {
    const target = buildFlavorTestTarget(context, flavor);
    expect(target.options).toEqual({ flavorDigest: 'abc123' });
    expect(target.inputs).toContain('!{projectRoot}/ci/env.yaml');
    expect(target.outputs).toEqual(['{workspaceRoot}/dist/{projectRoot}/test/7.0']);
    expect(target.dependsOn).toEqual(['setup']);
    expect(target.metadata?.description).toContain('flavor 7.0 (suite=bookworm)');
  });

  it('makes test run every flavor task, forwarding the command-line options', () => {
    const target = buildFlavoredTestTarget([{ ...flavor, name: '6.0' }, flavor]);
    expect(target.executor).toBe('nx:noop');
    expect(target.dependsOn).toEqual([
      { target: 'test--6.0', params: 'forward' },
      { target: 'test--7.0', params: 'forward' },
    ]);
  });
});
