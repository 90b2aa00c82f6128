/**
 * The editor talks to this site and the configured Git host only. Sveltia CMS's npm build already
 * serves its locales, fonts and icons from the site (bundled by src/client/admin/main.ts); what is
 * left are requests to other hosts that it makes by itself — a service-status check of github.com
 * or gitlab.com (www.githubstatus.com, status.gitlab.com) — which this shim answers with a network
 * error without sending them. Sveltia reads such a failure as "status unknown" and shows nothing.
 * The page's Content-Security-Policy (docs/nginx.conf, location /admin/) blocks the same requests
 * again in the browser; this keeps them out of the console and out of any retry.
 */
export function keepRequestsHome(allowedOrigins: readonly string[]): void {
  const allowed = new Set([location.origin, ...allowedOrigins]);
  const fetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.protocol === 'blob:' || url.protocol === 'data:' || allowed.has(url.origin)) return fetch(input, init);
    return Promise.reject(new TypeError(`Not sent: ${url.origin} is neither this site nor its Git host.`));
  };
}

/** The origins of a Sveltia backend section (its Git host's web and API addresses). */
export function backendOrigins(backend: Record<string, unknown>): string[] {
  const origins = new Set<string>();
  for (const key of ['base_url', 'api_root', 'graphql_api_root', 'auth_endpoint']) {
    const value = backend[key];
    if (typeof value === 'string' && /^https?:/.test(value)) origins.add(new URL(value).origin);
  }
  if (backend.name === 'github' && !backend.api_root && backend.repo !== LOCAL_REPO) origins.add('https://api.github.com');
  return [...origins];
}

/** The placeholder repository of the local-repository mode (no Git host). */
export const LOCAL_REPO = 'local/repository';
