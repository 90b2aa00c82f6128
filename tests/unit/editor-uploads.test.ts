/**
 * Official texts uploaded in the browser editor reach its checks before saving
 * (src/client/admin/checks.ts, src/client/admin/uploads.ts): the file fields of an entry are found
 * from the generated configuration, their values are made the bare file name the schema expects (the
 * editor writes `/name` when the same text is uploaded again). That the uploaded text is what the
 * checker reads is shown through the real editor (tests/integration/editor-revisions.test.ts). The
 * documents and their files are read from sources/manifest.yaml, not pinned.
 */
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { readContentFiles } from '../../src/checker/node.ts';
import { fileValues } from '../../src/client/admin/checks.ts';
import { editorCollections, type Field } from '../../src/lib/editor/config.ts';

const files = readContentFiles('.');
const manifest = parse(files.get('sources/manifest.yaml')!) as { documents: { file: string }[] };
const fields = (editorCollections() as unknown as { name: string; files?: { fields: Field[] }[] }[]).find((c) => c.name === 'sources')!.files![0]!.fields;

test('every official text the manifest names is a file value of the manifest entry, in sources/, by its bare name', () => {
  const data = { ...manifest, documents: manifest.documents.map((d, i) => ({ ...d, file: i === 0 ? `/${d.file}` : d.file })) };
  expect(fileValues(data, fields)).toEqual(manifest.documents.map((d, i) => ({ folder: 'sources', name: d.file, keyPath: ['documents', i, 'file'] })));
});
