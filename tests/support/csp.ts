/** The Content-Security-Policy of the sample nginx config (docs/nginx.conf), so tests and docs cannot drift. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const NGINX_CONF = resolve('docs/nginx.conf');

export function nginxCsp(): string {
  const conf = readFileSync(NGINX_CONF, 'utf8');
  const m = /^\s*set \$csp "([^"]+)";/m.exec(conf);
  if (!m?.[1]) throw new Error(`${NGINX_CONF} has no line  set $csp "…";`);
  return m[1];
}

/** Every add_header Content-Security-Policy line of the config (each must send $csp). */
export const cspHeaderLines = () =>
  readFileSync(NGINX_CONF, 'utf8')
    .split('\n')
    .filter((l) => /add_header\s+Content-Security-Policy/i.test(l))
    .map((l) => l.trim());
