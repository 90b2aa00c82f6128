/**
 * What the browser tests need from the system — Debian's Chromium (and its headless shell) and nginx —
 * found, or installed before `npm test` starts anything, the way .ci/run did it by hand:
 *
 * - everything there (or CHROMIUM_PATH / NGINX_PATH set): nothing to do;
 * - something missing on Debian or Ubuntu, as root or with sudo that asks no password: `apt-get install`
 *   of what is missing (chromium-headless-shell is optional: where Debian has no such package the tests
 *   use the full chromium, about twice the CPU; fonts-wqy-microhei, a Chinese font, is optional too:
 *   without one, Chinese is drawn as boxes in the guides' screenshots and layout measurements);
 * - otherwise: stop at once, before any suite starts, with the one command to run, in Chinese and English.
 *
 * `PLAN_SYSTEM_ROOT` (tests only) puts every system path under another folder (…/usr/bin/chromium,
 * …/etc/os-release), so tests/unit/prerequisites.test.ts can play both paths with a fake `apt-get`,
 * `sudo` and `id` on PATH, without uninstalling anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_CANDIDATES, CJK_FONT_CANDIDATES, NGINX_CANDIDATES, TEST_CANDIDATES } from './system-paths.ts';

export interface Prerequisite {
  /** The Debian package. */
  pkg: 'chromium' | 'chromium-headless-shell' | 'nginx' | 'fonts-wqy-microhei';
  /** Without it the tests still run (slower). */
  optional: boolean;
}

type Env = NodeJS.ProcessEnv;
const at = (env: Env, path: string) => (env.PLAN_SYSTEM_ROOT ? join(env.PLAN_SYSTEM_ROOT, path) : path);
const anyOf = (env: Env, paths: readonly string[]) => paths.some((p) => existsSync(at(env, p)));

/** What is missing, required first. An executable named by CHROMIUM_PATH / NGINX_PATH counts as installed. */
export function missingPrerequisites(env: Env = process.env): Prerequisite[] {
  const missing: Prerequisite[] = [];
  if (!env.CHROMIUM_PATH) {
    if (!anyOf(env, BROWSER_CANDIDATES)) missing.push({ pkg: 'chromium', optional: false });
    if (!anyOf(env, TEST_CANDIDATES.filter((p) => !BROWSER_CANDIDATES.includes(p)))) missing.push({ pkg: 'chromium-headless-shell', optional: true });
  }
  if (!env.NGINX_PATH && !anyOf(env, NGINX_CANDIDATES)) missing.push({ pkg: 'nginx', optional: false });
  if (!anyOf(env, CJK_FONT_CANDIDATES)) missing.push({ pkg: 'fonts-wqy-microhei', optional: true });
  return missing;
}

const run = (cmd: string, args: string[], env: Env) => spawnSync(cmd, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Debian, Ubuntu or a derivative (os-release ID or ID_LIKE), with apt-get on PATH. */
export function isDebianLike(env: Env = process.env): boolean {
  const file = at(env, '/etc/os-release');
  if (!existsSync(file)) return false;
  const release = readFileSync(file, 'utf8');
  const ids = [...release.matchAll(/^(?:ID|ID_LIKE)=("?)([^"\n]*)\1$/gm)].flatMap((m) => m[2]!.split(/\s+/));
  return ids.some((id) => id === 'debian' || id === 'ubuntu') && run('sh', ['-c', 'command -v apt-get'], env).status === 0;
}

/** How packages can be installed here without a question: as root, or with sudo that asks no password. */
export function installPrefix(env: Env = process.env): string[] | null {
  const uid = run('id', ['-u'], env).stdout?.trim();
  if (uid === '0') return [];
  if (run('sh', ['-c', 'command -v sudo'], env).status === 0 && run('sudo', ['-n', 'true'], env).status === 0) return ['sudo', '-n'];
  return null;
}

/** The one command to run by hand for these packages. */
export const installCommand = (missing: readonly Prerequisite[]) => `sudo apt-get install -y ${missing.map((m) => m.pkg).join(' ')}`;

export interface Outcome {
  ok: boolean;
  /** What to print (already bilingual). */
  lines: string[];
}

/**
 * Find what is missing and install it where that can be done without a question. Returns at once when
 * nothing is missing. `ok: false` means the tests must not start: `lines` say what to run.
 */
export function ensurePrerequisites(env: Env = process.env): Outcome {
  const missing = missingPrerequisites(env);
  if (!missing.length) return { ok: true, lines: [] };
  const required = missing.filter((m) => !m.optional);
  const names = missing.map((m) => m.pkg).join(' ');
  const stop = (why: { zh: string; en: string }, command: string): Outcome => ({
    ok: false,
    lines: [
      `✗ 浏览器测试需要 ${missing.map((m) => m.pkg).join('、')}，${why.zh}。请先运行以下命令，然后再运行 npm test：`,
      `✗ The browser tests need ${missing.map((m) => m.pkg).join(', ')}; ${why.en}. Run this command, then npm test again:`,
      '',
      `    ${command}`,
      '',
      '  （或设置 CHROMIUM_PATH / NGINX_PATH 指向已安装的程序。/ Or set CHROMIUM_PATH / NGINX_PATH to programs already installed.）',
    ],
  });
  if (!isDebianLike(env)) {
    return stop(
      { zh: '本机不是 Debian 或 Ubuntu，无法自动安装', en: 'this machine is not Debian or Ubuntu, so they cannot be installed automatically' },
      `${missing.map((m) => m.pkg).join(', ')}: install them with this system's package manager`,
    );
  }
  const prefix = installPrefix(env);
  if (!prefix) {
    return stop(
      { zh: '安装需要管理员权限（root 或无需密码的 sudo）', en: 'installing them needs administrator rights (root, or sudo without a password)' },
      installCommand(missing),
    );
  }
  const lines = [`… 正在安装浏览器测试所需的 Debian 软件包 / Installing the Debian packages the browser tests need: ${names}`];
  const apt = (args: string[]) => {
    const [cmd, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    return run(cmd!, rest, env);
  };
  const update = apt(['update', '-qq']);
  if (update.status !== 0) lines.push(`  apt-get update: ${(update.stderr || update.stdout).trim()}`);
  const failed = (r: ReturnType<typeof run>) => (r.status !== 0 ? (r.stderr || r.stdout || String(r.error ?? '')).trim() : '');
  if (required.length) {
    const why = failed(apt(['install', '-y', '-qq', ...required.map((m) => m.pkg)]));
    if (why) lines.push(`  apt-get install: ${why}`);
  }
  for (const m of missing.filter((x) => x.optional)) {
    if (failed(apt(['install', '-y', '-qq', m.pkg]))) {
      lines.push(
        m.pkg === 'chromium-headless-shell'
          ? `  ${m.pkg} 无法安装，浏览器测试改用 chromium（较慢）。/ ${m.pkg} is not available here: the browser tests use chromium (slower).`
          : `  ${m.pkg} 无法安装，截图中的中文将显示为方框。/ ${m.pkg} is not available here: Chinese text in the screenshots will show as boxes.`,
      );
    }
  }
  const still = missingPrerequisites(env).filter((m) => !m.optional);
  if (still.length) {
    const outcome = stop({ zh: '自动安装未成功', en: 'installing them automatically did not succeed' }, installCommand(still));
    return { ok: false, lines: [...lines, ...outcome.lines] };
  }
  const installed = missing.filter((m) => !missingPrerequisites(env).some((x) => x.pkg === m.pkg)).map((m) => m.pkg).join(' ');
  lines.push(`✓ 已安装 / Installed: ${installed}`);
  return { ok: true, lines };
}
