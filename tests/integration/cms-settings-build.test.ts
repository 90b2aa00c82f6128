/** A wrong browser-editor setting (PLAN_CMS_*, src/lib/site-settings.ts) stops `npm run build` before anything is built. */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CMS_SETTING_VARS as V } from '../../src/lib/site-settings.ts';
import { copyProject, removeCopy } from '../support/project-copy.ts';

test('a wrong setting stops npm run build before anything is built, naming the variable', () => {
  const dir = copyProject();
  try {
    const env = { ...process.env, [V.backend]: 'gitlab', [V.repo]: 'kjj/kjcx-plan', [V.appId]: 'abc123', [V.baseUrl]: 'ftp://git.example.gov.cn', PLAN_OUT_DIR: undefined };
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, encoding: 'utf8', env, timeout: 120_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PLAN_CMS_BASE_URL');
    expect(r.stderr).toContain('当前为 "ftp://git.example.gov.cn"；应为 Git 服务器的 https 地址');
    expect(r.stderr).toContain(`is "ftp://git.example.gov.cn"; expected the Git host's https address`);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  } finally {
    removeCopy(dir);
  }
});
