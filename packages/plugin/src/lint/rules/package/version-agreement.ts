import type { Finding, LintRule } from '../../lint-rule';
import { fieldAt, MANIFEST } from '../manifest/manifest-rule';
import { isReleaseVersion } from '../../../versions/release-version';
import { report } from '../rule-helpers';
import { lineMatching, PYPROJECT, readProjectTable } from './package-name';

const VERSION = /^__version__\s*=\s*(['"])([^'"]*)\1\s*$/m;

export const packageVersionRule: LintRule = {
  id: 'package/version',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      'the package build reads the version from `__about__.py` (`tool.hatch.version.path`): without a valid `__version__` there is no package',
    advicePart: "pyproject.toml repeating the version, or a v1 manifest's version differing from it",
  },
  description:
    "The integration's version is written once, as `__version__ = 'x.y.z'` in datadog_checks/<module>/__about__.py, and everything else agrees with it: pyproject.toml reads it (`dynamic = [\"version\"]`) rather than repeating it, and the `version` of the guide's manifest (v1) equals it. Two versions drift apart at the first release; a repeated or differing copy is a warning, a missing or malformed `__version__` an error (the package build reads it). Fix: keep the version in __about__.py only, and copy it into a v1 manifest.",
  check: (context) => {
    const aboutPath = `datadog_checks/${context.module}/__about__.py`;
    const about = context.files[aboutPath];
    const out: Finding[] = [];
    let version: string | undefined;
    if (about !== undefined) {
      const m = VERSION.exec(about);
      version = m?.[2];
      if (!m)
        out.push(report(aboutPath, undefined, '__about__.py does not set __version__', "write __version__ = '0.1.0'"));
      else if (!isReleaseVersion(m[2]))
        out.push(
          report(
            aboutPath,
            { line: lineMatching(about, /^__version__/), column: 1 },
            `__version__ '${m[2]}' is not a version (x.y.z)`,
            "write a version such as '1.2.3'",
          ),
        );
    }
    const pyproject = context.files[PYPROJECT];
    const project = readProjectTable(pyproject);
    if (pyproject && project && typeof project.version === 'string') {
      const at = { line: lineMatching(pyproject, /^\s*version\s*=/), column: 1 };
      out.push(
        report(
          PYPROJECT,
          at,
          `pyproject.toml repeats the version ('${project.version}')${version && version !== project.version ? `, and __about__.py says '${version}'` : ''}`,
          `remove version from [project], add "version" to dynamic and read it from ${aboutPath}`,
          'warning',
        ),
      );
    }
    const model = context.manifest();
    if (model?.major === 1 && version) {
      const { node, at } = fieldAt(model, ['version']);
      if (node?.kind === 'string' && node.value !== version) {
        out.push(
          report(
            MANIFEST,
            at,
            `manifest version '${node.value}' differs from __about__.py ('${version}')`,
            `set "version": "${version}" (the version lives in ${aboutPath})`,
            'warning',
          ),
        );
      }
    }
    if (model?.major === 1) {
      const { node, at } = fieldAt(model, ['version']);
      if (node?.kind === 'string' && node.value !== '' && !isReleaseVersion(node.value))
        out.push(
          report(
            MANIFEST,
            at,
            `manifest version '${node.value}' is not a version (x.y.z)`,
            'write a version such as 1.0.0',
          ),
        );
    }
    return out;
  },
};
