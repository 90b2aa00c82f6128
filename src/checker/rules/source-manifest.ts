/**
 * sources/manifest.yaml: the English section names name real sections of their text, and a
 * document supersedes one the manifest lists. (A missing text file or a duplicate id is reported
 * when the texts are read: src/checker/load.ts.)
 */
import { findSection } from '../../lib/sources/text.ts';
import { say } from '../messages.ts';
import type { Content, Problem, Rule } from '../types.ts';

function check({ manifest, sources }: Content): Problem[] {
  if (!manifest) return [];
  const problems: Problem[] = [];
  const { file, data } = manifest;
  data.documents.forEach((meta, i) => {
    const doc = sources.get(meta.id);
    for (const heading of Object.keys(meta.en.sections ?? {})) {
      if (doc?.meta === meta && !findSection(doc.text, heading)) {
        const headings = doc.text.sections.flatMap((s) => (s.heading ? [s.heading] : []));
        const field = `documents.${i}.en.sections.${heading}`;
        problems.push({ file: file.path, line: file.lineOf(['documents', i, 'en', 'sections', heading]), field, ...say('notASectionHeading', heading, doc.path, headings) });
      }
    }
  });
  data.documents.forEach((meta, i) => {
    if (meta.supersedes && !data.documents.some((d) => d.id === meta.supersedes)) {
      problems.push({ file: file.path, line: file.lineOf(['documents', i, 'supersedes']), field: `documents.${i}.supersedes`, ...say('unknownSupersedes', meta.supersedes) });
    }
  });
  return problems;
}

export const sourceManifestRule: Rule = { name: 'source-manifest', needs: ['sources', 'sourceTexts'], check };
