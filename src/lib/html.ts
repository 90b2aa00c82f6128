/**
 * HTML escaping and decoding, in one place: the `entities` package (the one parse5 and hast use).
 * `escapeHtml` replaces & < > " ' so a text is safe in element content and in a quoted attribute.
 */
export { escapeUTF8 as escapeHtml, decodeHTML as decodeHtml } from 'entities';
