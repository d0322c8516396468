import { shardInvocations } from './shard-invocations';

const task = (project: string, target: string) => ({ id: `${project}:${target}`, project, target });

describe('shardInvocations', () => {
  it('runs exactly the tasks of a shard: one run-many per target over its projects', () => {
    expect(
      shardInvocations([task('b', 'lint'), task('a', 'test--7.0'), task('a', 'lint'), task('c', 'package')], {
        parallel: 2,
      }),
    ).toEqual([
      {
        args: ['run-many', '--targets', 'lint', '--projects', 'a,b', '--parallel=2', '--outputStyle=static'],
        tasks: ['a:lint', 'b:lint'],
      },
      {
        args: ['run-many', '--targets', 'package', '--projects', 'c', '--parallel=2', '--outputStyle=static'],
        tasks: ['c:package'],
      },
      {
        args: ['run-many', '--targets', 'test--7.0', '--projects', 'a', '--parallel=2', '--outputStyle=static'],
        tasks: ['a:test--7.0'],
      },
    ]);
  });

  it('passes names a shell would interpret as single arguments, and runs names a list cannot carry one by one', () => {
    const invocations = shardInvocations(
      [task('x"; rm -rf ~ #', 'lint'), task('a,b', 'lint'), task('!c', 'lint'), task('d', 'test--1,2')],
      { parallel: 1 },
    );
    expect(invocations.map((i) => i.args)).toEqual([
      ['run-many', '--targets', 'lint', '--projects', 'x"; rm -rf ~ #', '--parallel=1', '--outputStyle=static'],
      ['run', 'a,b:lint', '--outputStyle=static'],
      ['run', '!c:lint', '--outputStyle=static'],
      ['run', 'd:test--1,2', '--outputStyle=static'],
    ]);
  });

  it('runs nothing for no tasks', () => {
    expect(shardInvocations([], { parallel: 2 })).toEqual([]);
  });
});
