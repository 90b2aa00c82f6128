/**
 * What every response of the site must carry, as served by nginx with docs/nginx.conf: the security
 * headers (the policy exactly as the config defines it), a cache policy, and gzip for compressible
 * types. Pure predicates, so tests/unit can prove they fail on a broken response.
 */
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';

export interface RawResponse {
  url: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes on the wire (still compressed when Content-Encoding is set). */
  wire: Buffer;
}

/** GET a URL the way a browser does (Accept-Encoding: gzip), without decompressing or following redirects. */
export function getRaw(url: string): Promise<RawResponse> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ url, status: res.statusCode ?? 0, headers: res.headers, wire: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.end();
  });
}

/** Types nginx should compress (gzip_types + text/html). */
export const COMPRESSIBLE = /^(text\/(html|css|javascript|xml|plain|csv)|application\/(javascript|json|xml|rss\+xml|atom\+xml|wasm)|image\/svg\+xml)\b/;
/** nginx's gzip_min_length default: shorter bodies are sent as they are. */
const MIN_GZIP = 20;

export const SECURITY_HEADERS = (csp: string): Record<string, string> => ({
  'content-security-policy': csp,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
});

/** The body as a reader gets it (gunzipped when sent compressed). */
export function decoded(r: RawResponse): Buffer {
  return r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.wire) : r.wire;
}

export interface Expectation {
  status: number;
  /** A Cache-Control value the response must carry. */
  cacheControl: RegExp;
  /** The content type must match. */
  type?: RegExp;
  /** The file is already compressed (Pagefind's index and wasm): it must be gzip data itself. */
  precompressed?: boolean;
  /** nginx's own short bodies (a redirect's "301 Moved Permanently" page) are sent as they are. */
  uncompressed?: boolean;
}

/** Everything wrong with one response; [] when it is right. */
export function responseProblems(r: RawResponse, csp: string, want: Expectation): string[] {
  const problems: string[] = [];
  const h = (name: string) => {
    const v = r.headers[name];
    return Array.isArray(v) ? v.join(', ') : v;
  };
  const at = `${r.url} (${r.status})`;
  if (r.status !== want.status) problems.push(`${at}: status ${r.status}, expected ${want.status}`);
  for (const [name, value] of Object.entries(SECURITY_HEADERS(csp))) {
    const got = h(name);
    if (got !== value) problems.push(`${at}: ${name} is ${got === undefined ? 'missing' : JSON.stringify(got)}, expected ${JSON.stringify(value)}`);
  }
  const cache = h('cache-control');
  if (!cache || !want.cacheControl.test(cache)) problems.push(`${at}: cache-control is ${cache ?? 'missing'}, expected ${want.cacheControl}`);
  const type = h('content-type') ?? '';
  if (want.type && !want.type.test(type)) problems.push(`${at}: content-type is ${type || 'missing'}, expected ${want.type}`);
  const encoding = h('content-encoding');
  if (want.precompressed) {
    if (encoding) problems.push(`${at}: already-compressed file sent with content-encoding ${encoding}`);
    if (r.wire[0] !== 0x1f || r.wire[1] !== 0x8b) problems.push(`${at}: expected a gzip-compressed file`);
  } else if (!want.uncompressed && COMPRESSIBLE.test(type) && r.wire.length >= MIN_GZIP) {
    if (encoding !== 'gzip') problems.push(`${at}: ${type} sent without gzip (content-encoding: ${encoding ?? 'none'})`);
    if (encoding === 'gzip' && !/accept-encoding/i.test(h('vary') ?? '')) problems.push(`${at}: gzip response without Vary: Accept-Encoding`);
  }
  if (encoding === 'gzip') {
    try {
      gunzipSync(r.wire);
    } catch {
      problems.push(`${at}: content-encoding gzip, but the body is not gzip`);
    }
  }
  return problems;
}
