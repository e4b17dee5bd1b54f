// Sums the JSON reports that Vitest and Playwright write under */test-results when CI=true,
// printing "passed failed" for .ci/run's closing line.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = [];
for (const group of ["apps", "packages"]) {
  for (const name of readdirSync(path.join(root, group))) {
    reports.push(path.join(root, group, name, "test-results", "vitest.json"));
    // The fault suite (apps/web/faults) writes its checks in the same shape.
    reports.push(path.join(root, group, name, "test-results", "faults.json"));
  }
}
reports.push(path.join(root, "e2e", "test-results", "results.json"));

let passed = 0;
let failed = 0;
for (const file of reports) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (report.stats && "expected" in report.stats) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  } else {
    passed += report.numPassedTests ?? 0;
    const failedTests = report.numFailedTests ?? 0;
    // A file that fails to load has no failed tests but is a failed suite: count it once.
    failed += failedTests > 0 ? failedTests : (report.numFailedTestSuites ?? 0);
  }
}
console.log(`${passed} ${failed}`);
