/** How to fix a failed build, from what the builder printed. */
export function packageFailureHint(output: string, pyprojectPath: string): string {
  if (/No module named build\b/.test(output)) {
    return '--builder=build needs PyPA build in the interpreter (`pip install build`); the default builder, uv, needs nothing installed';
  }
  if (/No matching distribution found|Failed to download|Could not find a version/i.test(output)) {
    return `the build requirements of ${pyprojectPath} could not be installed: check [build-system] requires and the package index`;
  }
  return `check ${pyprojectPath} ([build-system], [project], the version attribute), requirements.txt and __about__.py`;
}
