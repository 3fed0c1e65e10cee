/** The dashboard shell: the current route (from the URL hash) and the shared list of chats. */
import { createModel, signal } from '@preact/signals';
import { ChatsModel } from './chats';
import type { UiPort } from './port';
import { parseRoute, type Route, routeHref } from './router';

export const DashboardModel = createModel((port: UiPort) => {
  const route = signal<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));
  const chats = new ChatsModel(port);
  return {
    route,
    chats,
    start() {
      const onHash = () => {
        route.value = parseRoute(location.hash);
      };
      addEventListener('hashchange', onHash);
      const stop = chats.listen();
      void chats.load();
      return () => {
        removeEventListener('hashchange', onHash);
        stop();
      };
    },
    go(r: Route) {
      location.hash = routeHref(r);
    },
  };
});
export type DashboardModel = InstanceType<typeof DashboardModel>;
