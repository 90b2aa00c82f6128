/**
 * Where a Markdown file's front matter ends: the one reading of the `---` … `---` block that the
 * checker (src/checker/read.ts), the page histories (src/lib/history/text.ts), the browser editor
 * (src/lib/editor/text-format.ts) and the tests' content edits share. Pure; the YAML itself is read
 * by the `yaml` package in each of them (with line numbers where messages need them).
 */

/** A Markdown file split at its front matter. */
export interface FrontMatter {
  /** The YAML between the two `---` lines, without its last line break ('' when there are no fields). */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** The line (1-based) the body starts on. */
  bodyLine: number;
}

// An opening `---` line, the fields (none at all is allowed), a closing `---` line (trailing spaces allowed).
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** The front matter and body of a Markdown file; undefined when it does not start with front matter. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  return { yaml: m[1] ?? '', body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}
