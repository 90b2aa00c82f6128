/**
 * `npm test` on a fresh machine (issue #20, point 7): what the browser tests need from the system is
 * installed by npm test itself where it can be (root, or sudo without a password, on Debian/Ubuntu);
 * where it cannot, npm test stops at once — before any suite starts — with the one command to run, in
 * Chinese and English. Played on a fake system: PLAN_SYSTEM_ROOT puts /usr/bin, /usr/sbin and
 * /etc/os-release in a temp folder, and `id`, `sudo` and `apt-get` on PATH are small scripts that log
 * their calls (apt-get "installs" by creating the program files). Nothing is installed or removed for real.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface FakeSystem {
  /** Output of `id -u`. */
  uid: number;
  /** `sudo`: absent, asks a password (fails with -n), or lets through without one. */
  sudo: 'absent' | 'password' | 'ok';
  /** os-release ID. */
  os: string;
  /** apt-get is on PATH. */
  apt?: boolean;
  /** Packages apt-get does not have. */
  unavailable?: string[];
  /** Programs already installed. */
  installed?: (keyof typeof PROGRAM)[];
}

const PROGRAM = {
  chromium: 'usr/bin/chromium',
  'chromium-headless-shell': 'usr/bin/chromium-headless-shell',
  nginx: 'usr/sbin/nginx',
  'fonts-wqy-microhei': 'usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
} as const;

function fakeSystem(s: FakeSystem) {
  const root = mkdtempSync(join(tmpdir(), 'plan-prereq-'));
  dirs.push(root);
  const bin = join(root, 'fake-bin');
  const log = join(root, 'calls.log');
  for (const d of ['etc', 'usr/bin', 'usr/sbin', 'fake-bin']) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, 'etc/os-release'), `PRETTY_NAME="test"\nID=${s.os}\n`);
  for (const p of s.installed ?? []) {
    mkdirSync(join(root, PROGRAM[p], '..'), { recursive: true });
    writeFileSync(join(root, PROGRAM[p]), '#!/bin/sh\n', { mode: 0o755 });
  }
  const script = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  script('id', `[ "$1" = "-u" ] && echo ${s.uid} || echo "uid=${s.uid}"`);
  if (s.sudo !== 'absent') {
    script('sudo', `echo "sudo $*" >> "${log}"\n[ "$1" = "-n" ] && shift\n${s.sudo === 'ok' ? 'exec env "$@"' : 'echo "sudo: a password is required" >&2; exit 1'}`);
  }
  if (s.apt !== false) {
    const paths = Object.entries(PROGRAM).map(([pkg, path]) => `${pkg}) mkdir -p "$(dirname "${root}/${path}")"; touch "${root}/${path}"; chmod +x "${root}/${path}" ;;`).join('\n    ');
    script(
      'apt-get',
      `echo "apt-get $* (uid $(id -u), DEBIAN_FRONTEND=$DEBIAN_FRONTEND)" >> "${log}"
[ "$1" = "install" ] || exit 0
for p in "$@"; do
  case " ${(s.unavailable ?? []).join(' ')} " in *" $p "*) echo "E: Unable to locate package $p" >&2; exit 100 ;; esac
done
for p in "$@"; do
  case "$p" in
    ${paths}
  esac
done`,
    );
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PLAN_SYSTEM_ROOT: root, PATH: `${bin}:${process.env.PATH}`, FORCE_COLOR: '0' };
  delete env.CHROMIUM_PATH;
  delete env.NGINX_PATH;
  return {
    root,
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []),
    has: (p: keyof typeof PROGRAM) => existsSync(join(root, PROGRAM[p])),
    /** `npm test` as the README says it (node scripts/test.ts), with or without `-- --prerequisites`. */
    npmTest: (...args: string[]) => spawnSync(process.execPath, [resolve('scripts/test.ts'), ...args], { env, encoding: 'utf8', timeout: 60_000 }),
  };
}

describe('what is missing is installed, where that needs no question', () => {
  test('as root on Debian: apt-get update, then the missing programs (the headless shell and the Chinese font each on its own, as they may not exist)', () => {
    const sys = fakeSystem({ uid: 0, sudo: 'absent', os: 'debian' });
    const r = sys.npmTest('--prerequisites');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(sys.calls()).toEqual([
      'apt-get update -qq (uid 0, DEBIAN_FRONTEND=noninteractive)',
      'apt-get install -y -qq chromium nginx (uid 0, DEBIAN_FRONTEND=noninteractive)',
      'apt-get install -y -qq chromium-headless-shell (uid 0, DEBIAN_FRONTEND=noninteractive)',
      'apt-get install -y -qq fonts-wqy-microhei (uid 0, DEBIAN_FRONTEND=noninteractive)',
    ]);
    for (const p of Object.keys(PROGRAM) as (keyof typeof PROGRAM)[]) expect(sys.has(p), p).toBe(true);
    expect(r.stdout).toContain('正在安装');
    expect(r.stdout).toContain('Installing the Debian packages');
  });

  test('as another user with sudo that asks no password, on Ubuntu: through sudo -n, only what is missing', () => {
    const sys = fakeSystem({ uid: 1000, sudo: 'ok', os: 'ubuntu', installed: ['chromium', 'chromium-headless-shell', 'fonts-wqy-microhei'] });
    const r = sys.npmTest('--prerequisites');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const calls = sys.calls();
    expect(calls).toContain('sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx');
    expect(calls.filter((c) => c.startsWith('apt-get install'))).toEqual(['apt-get install -y -qq nginx (uid 1000, DEBIAN_FRONTEND=noninteractive)']);
    expect(sys.has('nginx')).toBe(true);
  });

  test('where Debian has no chromium-headless-shell: the rest is installed, the tests run with the full chromium, and npm test says so', () => {
    const sys = fakeSystem({ uid: 0, sudo: 'absent', os: 'debian', unavailable: ['chromium-headless-shell'] });
    const r = sys.npmTest('--prerequisites');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect([sys.has('chromium'), sys.has('nginx'), sys.has('chromium-headless-shell')]).toEqual([true, true, false]);
    expect(r.stdout).toContain('chromium-headless-shell is not available here');
  });

  test('where no Chinese font can be installed: the tests still run, and npm test says the screenshots will show boxes', () => {
    const sys = fakeSystem({ uid: 0, sudo: 'absent', os: 'debian', unavailable: ['fonts-wqy-microhei'], installed: ['chromium', 'chromium-headless-shell', 'nginx'] });
    const r = sys.npmTest('--prerequisites');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(sys.has('fonts-wqy-microhei')).toBe(false);
    expect(r.stdout).toContain('fonts-wqy-microhei is not available here');
    expect(r.stdout).toContain('方框');
  });

  test('nothing missing: no apt-get, nothing printed', () => {
    const sys = fakeSystem({ uid: 0, sudo: 'absent', os: 'debian', installed: Object.keys(PROGRAM) as (keyof typeof PROGRAM)[] });
    const r = sys.npmTest('--prerequisites');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(sys.calls()).toEqual([]);
    expect((r.stdout + r.stderr).trim()).toBe('');
  });
});

describe('where it cannot install, npm test stops at once with the one command to run, in both languages', () => {
  const cannot: [string, FakeSystem][] = [
    ['sudo asks for a password', { uid: 1000, sudo: 'password', os: 'debian', installed: ['chromium-headless-shell', 'fonts-wqy-microhei'] }],
    ['no sudo at all', { uid: 1000, sudo: 'absent', os: 'ubuntu', installed: ['chromium-headless-shell', 'fonts-wqy-microhei'] }],
  ];
  for (const [name, system] of cannot) {
    test(`${name}: no suite starts, nothing is installed, the command names exactly what is missing`, () => {
      const sys = fakeSystem(system);
      const r = sys.npmTest();
      const out = r.stdout + r.stderr;
      expect(r.status, out).toBe(1);
      expect(out).toContain('    sudo apt-get install -y chromium nginx\n');
      expect(out).toMatch(/请先运行以下命令/);
      expect(out).toMatch(/Run this command, then npm test again/);
      expect(out).toMatch(/[\u4e00-\u9fff]/);
      // Stopped before anything else: no suite started, no apt-get.
      expect(out).not.toContain('started');
      expect(sys.calls().filter((c) => c.startsWith('apt-get'))).toEqual([]);
      expect(sys.has('chromium') || sys.has('nginx')).toBe(false);
    });
  }

  test('not Debian or Ubuntu: stops, naming the programs and the variables that point at them', () => {
    const sys = fakeSystem({ uid: 0, sudo: 'absent', os: 'fedora', installed: ['chromium', 'chromium-headless-shell'] });
    const r = sys.npmTest();
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(1);
    expect(out).toContain('not Debian or Ubuntu');
    expect(out).toContain('不是 Debian 或 Ubuntu');
    expect(out).toContain('nginx');
    expect(out).toContain('NGINX_PATH');
    expect(out).not.toContain('started');
    expect(sys.calls()).toEqual([]);
  });

  test('apt-get fails for a required package: stops with the command for what is still missing', () => {
    const sys = fakeSystem({ uid: 0, sudo: 'absent', os: 'debian', unavailable: ['nginx'], installed: ['chromium', 'chromium-headless-shell', 'fonts-wqy-microhei'] });
    const r = sys.npmTest();
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(1);
    expect(out).toContain('Unable to locate package nginx');
    expect(out).toContain('    sudo apt-get install -y nginx\n');
    expect(out).not.toContain('started');
  });
});
