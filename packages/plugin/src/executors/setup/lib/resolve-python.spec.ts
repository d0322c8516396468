import { PythonNotFoundError } from '../../../errors/user-error';
import type { Interpreter, PythonRequest } from '../../../python/choose-python';
import { resolvePython, type ResolveDeps } from './resolve-python';

const v = (major: number, minor: number, patch: number) => ({ major, minor, patch });
const found: Interpreter[] = [
  { path: '/usr/bin/python3.11', version: v(3, 11, 2) },
  { path: '/pyenv/versions/3.12.1/bin/python3.12', version: v(3, 12, 1) },
];

function deps(interpreters: Interpreter[]): ResolveDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    uv: async () => ({ kind: 'uv', file: 'uv', prefixArgs: [] }),
    interpreters: async () => interpreters,
    findPython: async (command) => {
      asked.push(command);
      return v(3, 11, 7);
    },
  };
}

describe('resolvePython', () => {
  it('takes the interpreter uv found for a declared version, with the reason', async () => {
    const request: PythonRequest = {
      kind: 'version',
      version: '3.12',
      why: 'hatch.toml tests it on Python 3.12',
      orElsePython3: false,
    };
    await expect(resolvePython('ably', request, deps(found))).resolves.toEqual({
      ...found[1],
      why: 'hatch.toml tests it on Python 3.12',
    });
  });

  it("gives way to python3 when the Agent's Python is not installed, and says so", async () => {
    const request: PythonRequest = {
      kind: 'version',
      version: '3.13',
      why: "the Agent's Python (the integration declares none)",
      orElsePython3: true,
    };
    const d = deps(found);
    const resolved = await resolvePython('ably', request, d);
    expect(resolved).toMatchObject({ path: 'python3', version: v(3, 11, 7) });
    expect(resolved.why).toBe(
      "the Agent's Python (the integration declares none), is not installed here: python3 (3.11.7) instead",
    );
    expect(d.asked).toEqual(['python3']);
  });

  it('refuses a declared version that is not installed, saying what to install', async () => {
    const request: PythonRequest = {
      kind: 'version',
      version: '3.13',
      why: 'hatch.toml tests it on Python 3.13',
      orElsePython3: false,
    };
    const error = await resolvePython('rundeck', request, deps(found)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PythonNotFoundError);
    expect((error as PythonNotFoundError).message).toBe(
      'rundeck needs Python 3.13 (hatch.toml tests it on Python 3.13), and none is installed on this machine.',
    );
    expect((error as PythonNotFoundError).hint).toContain('pyenv install 3.13');
  });

  it('uses an interpreter given by --python or DD_PYTHON as it is', async () => {
    const d = deps([]);
    const request: PythonRequest = { kind: 'command', command: 'python3.11', why: 'set by --python or DD_PYTHON' };
    await expect(resolvePython('ably', request, d)).resolves.toEqual({
      path: 'python3.11',
      version: v(3, 11, 7),
      why: 'set by --python or DD_PYTHON',
    });
    expect(d.asked).toEqual(['python3.11']);
  });
});
