// api.js -- the JSON API of `veille serve` (docs/api.md), as seen by the
// page. Every call resolves (never rejects) to {ok, status, data} or
// {ok: false, status, message}, so that a view can show "not available"
// for an endpoint the server does not have (404) instead of breaking.

export async function api(path, params, signal) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {}))
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const url = path + (q.toString() ? '?' + q : '');
  let res;
  try {
    res = await fetch(url, {headers: {Accept: 'application/json'}, signal});
  } catch (e) {
    if (e && e.name === 'AbortError') return {ok: false, status: 0, aborted: true, message: 'cancelled'};
    return {ok: false, status: 0, message: 'the server cannot be reached'};
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    const msg = body && body.error && body.error.message ? body.error.message
      : `${res.status} ${res.statusText}`.trim();
    return {ok: false, status: res.status, message: msg};
  }
  if (!body || typeof body !== 'object')
    return {ok: false, status: res.status, message: 'the server sent no JSON'};
  return {ok: true, status: res.status, data: body};
}

export const enc = encodeURIComponent;

// An array field of a response, or [] when it is absent or not an array.
export const list = (v) => (Array.isArray(v) ? v : []);
