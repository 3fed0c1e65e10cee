/** The dashboard's hash routes, parsed and built in one place. */

export type Route =
  | { name: 'chats' }
  | { name: 'chat'; id: string }
  | { name: 'cases' }
  | { name: 'case'; key: string }
  | { name: 'tools' }
  | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const [, head = '', rest = ''] = /^\/?([^/]*)\/?(.*)$/.exec(path) ?? [];
  let arg = '';
  try {
    arg = decodeURIComponent(rest);
  } catch {
    arg = rest;
  }
  switch (head) {
    case 'chat':
      return arg ? { name: 'chat', id: arg } : { name: 'chats' };
    case 'case':
      return arg ? { name: 'case', key: arg } : { name: 'cases' };
    case 'cases':
      return { name: 'cases' };
    case 'tools':
      return { name: 'tools' };
    case 'settings':
      return { name: 'settings' };
    default:
      return { name: 'chats' };
  }
}

export function routeHref(r: Route): string {
  switch (r.name) {
    case 'chats':
      return '#/';
    case 'chat':
      return `#/chat/${encodeURIComponent(r.id)}`;
    case 'cases':
      return '#/cases';
    case 'case':
      return `#/case/${encodeURIComponent(r.key)}`;
    case 'tools':
      return '#/tools';
    case 'settings':
      return '#/settings';
  }
}
