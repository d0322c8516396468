export interface TestCounts {
  tests: number;
  failed: number;
  skipped: number;
  passed: number;
}

/** Sums the counts of every `<testsuite>` of a JUnit XML report (pytest writes one). */
export function readJunitCounts(xml: string): TestCounts {
  let tests = 0;
  let failed = 0;
  let skipped = 0;
  for (const match of xml.matchAll(/<testsuite\b([^>]*)>/g)) {
    const attribute = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(match[1])?.[1] ?? 0);
    tests += attribute('tests');
    failed += attribute('failures') + attribute('errors');
    skipped += attribute('skipped');
  }
  return { tests, failed, skipped, passed: tests - failed - skipped };
}
