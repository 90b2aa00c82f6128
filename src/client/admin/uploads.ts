/**
 * Files staff upload in the editor, as they choose them. Sveltia CMS hands its `preSave` event the
 * entry's fields but not the files uploaded with it (its `mediaFiles` stays empty: they are written
 * after the hook), so the checks before saving (src/client/admin/checks.ts) would not see a new or
 * corrected official text. This records every file chosen in a file dialog of the page (an
 * `<input type="file">`, the one Sveltia's "Upload" button opens) or dropped on it, by file name,
 * the newest choice of a name winning; the checks read them back by the name a field holds.
 */
export interface Uploads {
  /** The file last chosen or dropped under `name`. */
  get(name: string): File | undefined;
  /** Forget every file (after a save has written them). */
  clear(): void;
}

export function recordUploads(target: Document = document): Uploads {
  const chosen = new Map<string, File>();
  const keep = (files: FileList | null | undefined) => {
    for (const file of files ?? []) chosen.set(file.name, file);
  };
  // Capture phase: seen before the editor's own handlers, whatever they do with the event.
  target.addEventListener('change', (e) => {
    const input = e.target;
    if (input instanceof HTMLInputElement && input.type === 'file') keep(input.files);
  }, true);
  target.addEventListener('drop', (e) => keep((e as DragEvent).dataTransfer?.files), true);
  return { get: (name) => chosen.get(name), clear: () => chosen.clear() };
}
