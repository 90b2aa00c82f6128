/**
 * Bytes as a server really sends them (benchmarks): the body of a path as nginx sends it to a
 * browser, asked with the Accept-Encoding Chromium sends, so gzip where docs/nginx.conf compresses and
 * files sent as they are where it does not. Chromium does not report the wire size of every request
 * (a worker's script), so each file is asked for once more, here, and checked against the length the
 * browser read uncompressed.
 */
import { get } from 'node:http';

/** At most this many requests at a time, as a browser asks one host (nginx's test frame allows 256 connections). */
const PARALLEL = 6;

export function servedSizes(origin: string): (path: string, rawLength: number) => Promise<number> {
  const cache = new Map<string, Promise<number>>();
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = () => (running < PARALLEL ? (running++, Promise.resolve()) : new Promise<void>((ok) => waiting.push(ok)));
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return (path, rawLength) => {
    let n = cache.get(path);
    if (!n) {
      n = slot().then(() => new Promise<number>((ok, ko) => {
        get(new URL(path, origin), { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (res) => {
          let bytes = 0;
          const encoded = Boolean(res.headers['content-encoding']);
          res.on('data', (d: Buffer) => (bytes += d.length));
          res.on('end', () =>
            res.statusCode === 200 && (encoded || bytes === rawLength) ? ok(bytes) : ko(new Error(`${path}: status ${res.statusCode}, ${bytes} bytes served for ${rawLength}`)),
          );
          res.on('error', ko);
        }).on('error', ko);
      })).finally(release);
      cache.set(path, n);
    }
    return n;
  };
}
