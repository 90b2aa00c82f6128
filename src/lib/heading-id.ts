/**
 * A heading's own id, written at its end in Markdown: `## Title {#some-id}` (lowercase letters and
 * digits, words joined by single hyphens). The one parser of it: the Markdown pipeline gives the
 * heading that id (src/lib/markdown-anchors.ts), and the checker, the page histories and the
 * glossary rules leave it out of the text a reader sees. Pure: browser code uses it too.
 */
const HEADING_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** A heading's text split into the words it shows and the id it gives itself (`{#id}` at its end), if any. */
export function splitHeadingId(text: string): { text: string; id: string | undefined } {
  if (!text.includes('{#')) return { text, id: undefined };
  const m = HEADING_ID.exec(text);
  return m ? { text: text.slice(0, m.index), id: m[1] } : { text, id: undefined };
}
