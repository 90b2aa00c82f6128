/**
 * 0 html-validate errors (issue #22): every HTML file of the built site (dist/: both languages, history
 * pages and past versions, every glossary term page, the not-found page, the browser editor) is valid
 * by html-validate with the project's configuration (.htmlvalidate.json: the recommended rules, none
 * turned off; long-title at TITLE_MAX, src/lib/page-title.ts). A failure names the file, the line and
 * column, the rule and its message.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, htmlFiles } from '../support/site.ts';
import { nonEmpty } from '../support/assert.ts';
import { TITLE_MAX } from '../../src/lib/page-title.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());


describe('html-validate', () => {
  test('the configuration: the recommended rules, none turned off, titles at TITLE_MAX', () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as { extends: string[]; rules?: Record<string, unknown> };
    expect(config.extends).toContain('html-validate:recommended');
    const off = Object.entries(config.rules ?? {}).filter(([, v]) => v === 'off' || v === 0 || (Array.isArray(v) && (v[0] === 'off' || v[0] === 0)));
    // A rule turned off must be justified in docs/architecture.md ("HTML validation"); today none is.
    for (const [rule] of off) expect(readFileSync('docs/architecture.md', 'utf8'), `${rule} is turned off without a reason in docs/architecture.md`).toContain(`\`${rule}\``);
    expect(config.rules?.['long-title']).toEqual(['error', { maxlength: TITLE_MAX }]);
  });

  test('the configuration finds the errors it is meant to find (an empty heading, a long title)', async () => {
    const long = 'x'.repeat(TITLE_MAX + 1);
    const report = await validator.validateString(`<!doctype html><html lang="en"><head><title>${long}</title></head><body><main><h1></h1></main></body></html>`, 'dist/example.html');
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('empty-heading');
    expect(rules).toContain('long-title');
  });

  test('every HTML file in dist/ has no error', async () => {
    const problems: string[] = [];
    for (const file of nonEmpty(htmlFiles(), 'HTML files in dist/')) {
      const report = await validator.validateFile(join(DIST, file));
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
    }
    expect(problems).toEqual([]);
  });
});
