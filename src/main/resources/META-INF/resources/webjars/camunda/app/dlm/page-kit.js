/*
 * Small helpers for our own pages inside the webapps (the county board, the roster import): building
 * elements, one style sheet per page, and /api calls with the webapp's session and CSRF token.
 */

/** An element with properties (or attributes, for names with a dash) and children (text or nodes). */
export function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(properties).forEach(([name, value]) => {
    if (name.includes('-')) {
      node.setAttribute(name, value);
    } else {
      node[name] = value;
    }
  });
  children.forEach((child) => node.append(child instanceof Node ? child : String(child)));
  return node;
}

export function installStyle(id, css) {
  if (!document.getElementById(id)) {
    document.head.appendChild(element('style', { id }, css));
  }
}

function csrfToken() {
  const match = /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : '';
}

/** fetch with the session; changing requests carry the CSRF token, a string body is sent as JSON. */
export function apiFetch(path, init = {}) {
  const headers = { Accept: 'application/json', ...(init.headers || {}) };
  if (init.method && init.method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  if (typeof init.body === 'string') {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(path, { credentials: 'same-origin', ...init, headers })
    .catch(() => null);
}

/** {ok, status, json} of a response; a failed connection or a body that is not JSON gets a Chinese message. */
export function readJson(response) {
  if (!response) {
    return { ok: false, status: 0, json: { message: '无法连接服务器，请检查网络后重试。' } };
  }
  return response.json()
    .catch(() => ({ message: response.ok ? '' : '服务器返回了无法识别的内容（HTTP ' + response.status + '），请稍后重试。' }))
    .then((json) => ({ ok: response.ok, status: response.status, json }));
}
