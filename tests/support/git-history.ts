/** Git repositories with dated commits, for the history tests and benchmark (a copy, never the project). */
import { execFileSync } from 'node:child_process';

const run = (dir: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync('git', args, { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** `git init` with a local identity; node_modules and build output ignored. */
export function initRepo(dir: string): void {
  run(dir, ['init', '-q', '-b', 'main']);
  run(dir, ['config', 'user.name', 'Test Editor']);
  run(dir, ['config', 'user.email', 'editor@example.invalid']);
  run(dir, ['config', 'commit.gpgsign', 'false']);
  execFileSync('sh', ['-c', 'printf "node_modules\\n.cache\\ndist*\\n.build-*\\n" > .gitignore'], { cwd: dir });
}

/** Commit everything, dated `date` (YYYY-MM-DD, 10:00 Beijing time) as author and committer. */
export function commitAll(dir: string, message: string, date: string): string {
  const when = `${date}T10:00:00+08:00`;
  run(dir, ['add', '-A']);
  run(dir, ['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
  return run(dir, ['rev-parse', 'HEAD']).trim();
}

export const git = run;
