/**
 * What the pipeline script (scripts/ci.ts) shows on a change request, in the form each Git host reads
 * (docs/deploy.md "What a change request shows"): pure functions of the pipeline's outcome.
 *
 * - every host: a Markdown summary (steps, then one row per problem: file, line, field, Chinese, English);
 *   it is also the text of the comment the script keeps on the change request when given a token;
 * - GitHub Actions (and Forgejo/Gitea Actions, which log them): `::error file=…,line=…` annotations;
 * - GitLab CI: a Code Quality report (merge request widget) and a JUnit report (test summary widget).
 */
import { createHash } from 'node:crypto';
import { escapeText } from 'entities';
import XMLBuilder from 'fast-xml-builder';
import { markdownTable } from 'markdown-table';
import type { Problem } from '../checker/types.ts';
import { englishCount } from './format.ts';

export type StepName = 'install' | 'check' | 'build' | 'publish';
export type StepStatus = 'passed' | 'failed' | 'skipped';

export interface StepResult {
  name: StepName;
  status: StepStatus;
  seconds?: number;
}

export interface Finding extends Problem {
  severity: 'error' | 'warning';
}

export interface PipelineOutcome {
  /** `publish`: a push to the publishing branch; `change-request`: a merge/pull request (or a local run). */
  mode: 'change-request' | 'publish';
  steps: StepResult[];
  /** The content check's problems (errors) and warnings. */
  findings: Finding[];
  /** The last lines of a failed step's output (e.g. the build's own bilingual error). */
  failureLog?: string;
  /** Where the site was published (mode `publish`, all steps passed). */
  publishedTo?: string;
}

export const ok = (o: PipelineOutcome) => o.steps.every((s) => s.status !== 'failed');

const STEP_LABEL: Record<StepName, { zh: string; en: string; command: string }> = {
  install: { zh: '安装依赖', en: 'Install', command: 'npm ci' },
  check: { zh: '内容检查', en: 'Content check', command: 'npm run check' },
  build: { zh: '构建', en: 'Build', command: 'npm run build' },
  publish: { zh: '发布', en: 'Publish', command: 'safe swap' },
};
const STATUS_LABEL: Record<StepStatus, string> = { passed: '✓ 通过 / passed', failed: '✗ 未通过 / failed', skipped: '– 未运行 / not run' };

/** The one-line verdict, both languages. */
export function headline(o: PipelineOutcome): string {
  const errors = o.findings.filter((f) => f.severity === 'error').length;
  const failed = o.steps.find((s) => s.status === 'failed');
  if (!failed) {
    return o.mode === 'publish' && o.publishedTo
      ? `✓ 检查和构建通过，网站已发布 / Check and build passed; the site was published`
      : `✓ 检查和构建通过，可以合并 / Check and build passed; ready to merge`;
  }
  if (failed.name === 'check') {
    return `✗ 内容检查发现${errors}个问题，网站未发布 / The content check found ${englishCount(errors, 'problem')}; nothing was published`;
  }
  const { zh, en } = STEP_LABEL[failed.name];
  return `✗ “${zh}”未通过，网站未发布 / ${en} failed; nothing was published`;
}

/** Text for a Markdown table cell: no line breaks, no pipes, no HTML. */
const cell = (text: string) => escapeText(text.replace(/\s*\n\s*/g, ' ')).replace(/\|/g, '\\|');
const code = (text: string) => (text ? `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\`` : '');

// Padding the columns would only lengthen the summary (and misalign anyway with Chinese text).
const TABLE = { alignDelimiters: false } as const;

export function summaryMarkdown(o: PipelineOutcome): string {
  const parts = [`### ${headline(o)}`, ''];
  parts.push(
    markdownTable([
      ['步骤 / Step', '结果 / Result'],
      ...o.steps.map((s) => {
        const l = STEP_LABEL[s.name];
        const time = s.seconds === undefined ? '' : ` (${s.seconds.toFixed(0)} s)`;
        return [`${l.zh} / ${l.en} (${code(l.command)})`, STATUS_LABEL[s.status] + time];
      }),
    ], TABLE),
  );
  for (const severity of ['error', 'warning'] as const) {
    const list = o.findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    parts.push(
      '',
      severity === 'error'
        ? `#### 需要修改的地方（${list.length}）/ What to fix (${list.length})`
        : `#### 提醒（不影响发布，${list.length}）/ Warnings (publishing goes ahead, ${list.length})`,
      '',
      markdownTable([
        ['文件 / File', '行 / Line', '字段 / Field', '问题 / Problem (中文)', 'Problem (English)'],
        ...list.map((f) => [code(f.file), f.line ? String(f.line) : '', code(f.field ?? ''), cell(f.zh), cell(f.en)]),
      ], TABLE),
    );
  }
  if (o.failureLog) {
    parts.push('', '#### 输出的最后部分 / End of the output', '', '```text', o.failureLog.replace(/```/g, "'''"), '```');
  }
  if (o.publishedTo) parts.push('', `已发布到 / Published to: ${code(o.publishedTo)}`);
  return parts.join('\n') + '\n';
}

/** Marks the comment the pipeline keeps (and updates) on a change request. */
export const COMMENT_MARKER = '<!-- plan-pipeline-summary -->';
export const commentBody = (o: PipelineOutcome) => `${COMMENT_MARKER}\n${summaryMarkdown(o)}`;

// Workflow command encoding (GitHub's "workflow commands" reference; the same in Forgejo's runner).
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` / `::warning` line per finding: GitHub shows them on the pull request, at the file and line. */
export function githubAnnotations(findings: readonly Finding[]): string[] {
  return findings.map((f) => {
    const props = [`file=${escapeProperty(f.file)}`];
    if (f.line) props.push(`line=${f.line}`);
    props.push(`title=${escapeProperty(f.field ? `${f.field}` : f.file)}`);
    return `::${f.severity} ${props.join(',')}::${escapeData(`${f.zh}\n${f.en}`)}`;
  });
}

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; lines: { begin: number } };
}

/** GitLab's Code Quality report (the merge request widget lists each finding with its file and line). */
export function codeQualityReport(findings: readonly Finding[]): CodeQualityIssue[] {
  return findings.map((f) => ({
    description: `${f.field ? `${f.field}: ` : ''}${f.zh} / ${f.en}`,
    check_name: f.severity === 'error' ? 'plan-content-check' : 'plan-content-warning',
    fingerprint: createHash('sha256').update(JSON.stringify([f.file, f.line ?? 0, f.field ?? '', f.en])).digest('hex'),
    severity: f.severity === 'error' ? 'major' : 'minor',
    location: { path: f.file, lines: { begin: f.line ?? 1 } },
  }));
}

/** A JUnit report: one test case per step, and one failed test case per problem (GitLab's test summary widget). */
export function junitReport(o: PipelineOutcome): string {
  const errors = o.findings.filter((f) => f.severity === 'error');
  const where = (f: Finding) => `${f.file}${f.line ? `:${f.line}` : ''}${f.field ? ` [${f.field}]` : ''}`;
  const stepCases = o.steps.map((s) => {
    const l = STEP_LABEL[s.name];
    const base = { '@_name': `${l.zh} / ${l.en} (${l.command})`, '@_classname': 'pipeline', '@_time': (s.seconds ?? 0).toFixed(1) };
    if (s.status === 'skipped') return { ...base, skipped: { '@_message': '未运行 / not run' } };
    if (s.status === 'failed') return { ...base, failure: { '@_message': headline(o), '@_type': s.name, '#text': s.name === 'check' ? errors.map(where).join('\n') : (o.failureLog ?? '') } };
    return base;
  });
  const problemCases = errors.map((f) => ({
    '@_name': where(f),
    '@_classname': f.file,
    '@_file': f.file,
    failure: { '@_message': `${f.zh} / ${f.en}`, '@_type': 'content-check', '#text': `${where(f)}\n${f.zh}\n${f.en}` },
  }));
  const cases = [...stepCases, ...problemCases];
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    builder.build({
      testsuites: {
        testsuite: {
          '@_name': '内容检查与构建 / Content check and build',
          '@_tests': String(cases.length),
          '@_failures': String(cases.filter((c) => 'failure' in c).length),
          '@_skipped': String(cases.filter((c) => 'skipped' in c).length),
          testcase: cases,
        },
      },
    })
  );
}
