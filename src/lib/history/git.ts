/**
 * Reading the content's git history, once per build (no Astro imports).
 *
 * Two git processes in all, whatever the number of pages or revisions:
 *  1. `git log --raw` over the content folders: every commit that touched them, oldest first, with
 *     the blob id of each file it changed;
 *  2. `git cat-file --batch`: the text of every distinct blob those commits name (the equivalent of
 *     `git show <commit>:<path>` for exactly the file versions that exist, read in one go).
 * A shallow clone, a copy without `.git`, or no git at all gives `status` other than `ok` and one
 * notice (see historyNotice) — the build goes on without history pages.
 */
import { spawnSync } from 'node:child_process';

/** Folders whose history makes the pages' history (relative to the project root). */
export const HISTORY_PATHS = ['content', 'sources'] as const;

export interface FileChange {
  path: string;
  /** The file's blob id after the commit; undefined when the commit deleted the file. */
  blob?: string;
}

export interface Commit {
  hash: string;
  /** Author date as written by git, ISO 8601 with the author's offset. */
  date: string;
  subject: string;
  files: FileChange[];
}

export type HistoryStatus = 'ok' | 'shallow' | 'no-git' | 'disabled';

export interface GitHistory {
  status: HistoryStatus;
  /** Oldest first. Empty unless status is `ok`. */
  commits: Commit[];
  /** Blob id → text. */
  blobs: Map<string, string>;
  /** Why there is no history (git's own words), for the notice. */
  detail?: string;
}

const RECORD = '\x1e';
const FIELD = '\x1f';
export const LOG_FORMAT = `${RECORD}%H${FIELD}%aI${FIELD}%s`;
const ZERO = /^0+$/;

/**
 * Parse `git log --raw --no-abbrev --no-renames --format=<LOG_FORMAT>` output (newest first, as git
 * prints it) into commits, oldest first.
 */
export function parseLog(text: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of text.split(RECORD)) {
    if (!record.trim()) continue;
    const [header = '', ...lines] = record.split('\n');
    const [hash = '', date = '', subject = ''] = header.split(FIELD);
    const files: FileChange[] = [];
    for (const line of lines) {
      // :100644 100644 <old blob> <new blob> M\t<path>
      const m = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) [A-Z]\d*\t(.+)$/.exec(line);
      if (!m) continue;
      const [, , blob = '', path = ''] = m;
      files.push({ path: unquotePath(path), blob: ZERO.test(blob) ? undefined : blob });
    }
    if (hash) commits.push({ hash, date, subject, files });
  }
  return commits.reverse();
}

/** git quotes paths with unusual characters ("content/zh/\344\270\255.md"); undo it. */
export function unquotePath(path: string): string {
  if (!path.startsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch));
      continue;
    }
    const next = body[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, '"': 34, '\\': 92 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parse `git cat-file --batch` output: `<oid> blob <size>\n<content>\n` repeated. */
export function parseCatFile(out: Buffer): Map<string, string> {
  const blobs = new Map<string, string>();
  let pos = 0;
  while (pos < out.length) {
    const nl = out.indexOf(10, pos);
    if (nl < 0) break;
    const [oid = '', type = '', size = '0'] = out.subarray(pos, nl).toString('utf8').split(' ');
    if (type === 'missing') {
      pos = nl + 1;
      continue;
    }
    const n = Number(size);
    blobs.set(oid, out.subarray(nl + 1, nl + 1 + n).toString('utf8'));
    pos = nl + 1 + n + 1;
  }
  return blobs;
}

const git = (root: string, args: string[], input?: string) =>
  spawnSync('git', args, { cwd: root, input, maxBuffer: 1 << 30, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });

/** Read the history of HISTORY_PATHS under `root`. Never throws. */
export function readGitHistory(root: string, options: { enabled?: boolean } = {}): GitHistory {
  const empty = (status: HistoryStatus, detail?: string): GitHistory => ({ status, commits: [], blobs: new Map(), detail });
  if (options.enabled === false) return empty('disabled');
  const probe = git(root, ['rev-parse', '--is-shallow-repository']);
  if (probe.error || probe.status !== 0) {
    return empty('no-git', (probe.error?.message ?? probe.stderr.toString()).trim().split('\n')[0]);
  }
  if (probe.stdout.toString().trim() === 'true') return empty('shallow');
  const log = git(root, ['log', '--raw', '--no-abbrev', '--no-renames', '--relative', `--format=${LOG_FORMAT}`, '--', ...HISTORY_PATHS]);
  if (log.status !== 0) return empty('no-git', log.stderr.toString().trim().split('\n')[0]);
  const commits = parseLog(log.stdout.toString('utf8'));
  const oids = [...new Set(commits.flatMap((c) => c.files.flatMap((f) => (f.blob ? [f.blob] : []))))];
  if (!oids.length) return { status: 'ok', commits, blobs: new Map() };
  const cat = git(root, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
  if (cat.status !== 0) return empty('no-git', cat.stderr.toString().trim().split('\n')[0]);
  return { status: 'ok', commits, blobs: parseCatFile(cat.stdout) };
}

/** The one line printed when the build has no history to show; undefined when it has. */
export function historyNotice(history: Pick<GitHistory, 'status' | 'detail'>): string | undefined {
  const why: Record<Exclude<HistoryStatus, 'ok' | 'disabled'>, [string, string]> = {
    shallow: ['这是浅克隆（只有最近的提交）', 'this is a shallow clone (only the latest commits)'],
    'no-git': ['找不到 git 历史', 'no git history was found'],
  };
  if (history.status === 'ok' || history.status === 'disabled') return undefined;
  const [zh, en] = why[history.status];
  const detail = history.detail ? ` (${history.detail})` : '';
  return (
    `注意：${zh}，本次构建不生成各页面的修订历史页。完整历史请用 git clone（CI 中设置 fetch-depth: 0）。` +
    ` / Notice: ${en}${detail}, so this build publishes the pages without their history pages. ` +
    'Build from a full clone (fetch-depth: 0 on CI checkouts) to publish them; see docs/deploy.md.'
  );
}
