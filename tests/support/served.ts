/**
 * Bytes as a server really sends them (benchmarks): the body of a path as nginx sends it to a
 * browser, asked with the Accept-Encoding Chromium sends, so gzip where docs/nginx.conf compresses and
 * files sent as they are where it does not. Chromium does not report the wire size of every request
 * (a worker's script), so each file is asked for once more, here, and checked against the length the
 * browser read uncompressed.
 */
import { get } from 'node:http';

export function servedSizes(origin: string): (path: string, rawLength: number) => Promise<number> {
  const cache = new Map<string, Promise<number>>();
  return (path, rawLength) => {
    let n = cache.get(path);
    if (!n) {
      n = new Promise<number>((ok, ko) => {
        get(new URL(path, origin), { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (res) => {
          let bytes = 0;
          const encoded = Boolean(res.headers['content-encoding']);
          res.on('data', (d: Buffer) => (bytes += d.length));
          res.on('end', () =>
            res.statusCode === 200 && (encoded || bytes === rawLength) ? ok(bytes) : ko(new Error(`${path}: status ${res.statusCode}, ${bytes} bytes served for ${rawLength}`)),
          );
          res.on('error', ko);
        }).on('error', ko);
      });
      cache.set(path, n);
    }
    return n;
  };
}
