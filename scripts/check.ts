/**
 * `npm run check`: validate all content without building; exit 1 when anything is wrong.
 * With PLAN_CHECK_REPORT=<file>, the problems (and warnings) are also written there as JSON
 * (`{ problems: Problem[], warnings: Problem[] }`): the pipeline script (scripts/ci.ts) turns them into
 * the change request's summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkLoaded, formatReport } from '../src/checker/check.ts';
import { loadProject, readContentFilesAt } from '../src/checker/node.ts';
import { contentFingerprint, rememberPass } from '../src/integrations/check-cache.ts';

const root = process.cwd();
// The content is read from disk once: the fingerprint hashes the same text the check reads.
const project = loadProject(root, { fresh: true });
const fingerprint = contentFingerprint(root, project.files);
const since = process.env.PLAN_CHECK_SINCE?.trim();
let previous: Map<string, string> | undefined;
if (since) {
  try {
    previous = readContentFilesAt(root, since);
    console.log(`与 ${since} 比较修订记录。/ Change notes compared with ${since}.`);
  } catch {
    console.log(`无法读取 ${since}（不是 Git 提交），不比较修订记录。/ Cannot read ${since} (not a Git commit here): change notes are not compared.`);
  }
}
const result = checkLoaded(project, { previous });
const { problems, warnings } = result;
// Warnings (e.g. a glossary alias the text uses) are shown but never fail the check.
console[problems.length ? 'error' : 'log'](formatReport(problems, warnings));
process.exitCode = problems.length ? 1 : 0;
if (process.env.PLAN_CHECK_REPORT) {
  const report = resolve(root, process.env.PLAN_CHECK_REPORT);
  mkdirSync(dirname(report), { recursive: true });
  writeFileSync(report, JSON.stringify({ problems, warnings }, null, 2));
}
// The build that usually follows need not check the same files again (src/integrations/check-cache.ts).
if (!problems.length) rememberPass(root, fingerprint, warnings);
