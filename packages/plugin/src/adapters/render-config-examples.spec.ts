import { ConfigRendererError, renderConfigExamples } from './render-config-examples';

describe('renderConfigExamples', () => {
  const renderer = {
    python: 'python3',
    pythonPath: '/t/datadog-checks-dev-40.0.1',
    script: '/p/python/render_config_examples.py',
    version: '40.0.1',
    cwd: '/w',
    modelsHint: 'delete the generator folder',
  };
  const request = { name: 'beta', specPath: '/w/beta/assets/configuration/spec.yaml', version: '1.0.0' };

  it('runs one process without site-packages, with the tool folder on PYTHONPATH and the requests on stdin', async () => {
    const run = jest.fn(async () => ({
      exitCode: 0,
      stdout: JSON.stringify({
        templates: [],
        results: [{ errors: [], files: { 'conf.yaml.example': 'x\n' }, renderErrors: {} }],
      }),
      stderr: '',
      durationMs: 1,
    }));
    const [rendering] = await renderConfigExamples([request], renderer, run);
    expect(rendering).toMatchObject({
      kind: 'rendered',
      files: { 'conf.yaml.example': 'x\n' },
      rendererVersion: '40.0.1',
    });
    expect(run).toHaveBeenCalledWith(
      expect.objectContaining({
        file: 'python3',
        args: ['-S', '/p/python/render_config_examples.py'],
        cwd: '/w',
        env: expect.objectContaining({ PYTHONPATH: '/t/datadog-checks-dev-40.0.1' }),
        input: JSON.stringify([request]),
      }),
    );
  });

  it('turns a renderer that fails into a typed error naming its last words', async () => {
    const run = async () => ({
      exitCode: 1,
      stdout: '',
      stderr:
        'Traceback (most recent call last):\nSystemExit: datadog-checks-dev needs Python 3.10 or later; this is Python 3.9\n',
      durationMs: 1,
    });
    await expect(renderConfigExamples([request], renderer, run)).rejects.toThrow(
      new ConfigRendererError(
        'python3 could not run datadog-checks-dev 40.0.1: SystemExit: datadog-checks-dev needs Python 3.10 or later; this is Python 3.9',
      ),
    );
  });
});
