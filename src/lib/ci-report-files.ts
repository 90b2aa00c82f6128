/**
 * Where the pipeline script (scripts/ci.ts) writes its outcome, relative to the project; the pipeline
 * files (.gitlab-ci.yml's reports) name these paths (tests/unit/pipelines.test.ts checks). No imports:
 * scripts/ci.ts reads this before `npm ci` has installed anything.
 */
export const REPORT_DIR = '.ci-report';
export const REPORT_FILES = {
  summary: 'summary.md',
  problems: 'problems.json',
  codeQuality: 'gl-code-quality-report.json',
  junit: 'junit.xml',
  /** A change request's build (nothing serves it). */
  preview: 'preview',
} as const;
