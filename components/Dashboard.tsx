import { useModel } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { Clock } from '../lib/format';
import { CaseModel } from '../lib/models/case';
import { ChatModel } from '../lib/models/chat';
import type { DashboardModel } from '../lib/models/dashboard';
import type { UiPort } from '../lib/models/port';
import { type Route, routeHref } from '../lib/models/router';
import { SettingsModel } from '../lib/models/settings';
import { ToolsModel } from '../lib/models/tools';
import { CaseList } from './CaseList';
import { CaseView } from './CaseView';
import { ChatList } from './ChatList';
import { ChatView } from './ChatView';
import { Icon, type IconName } from './Icon';
import { SettingsView } from './SettingsView';
import { ToolsView } from './ToolsView';

const NAV: { name: Route['name']; match: Route['name'][]; label: string; icon: IconName; route: Route }[] = [
  { name: 'chats', match: ['chats', 'chat'], label: 'Chats', icon: 'chat', route: { name: 'chats' } },
  { name: 'cases', match: ['cases', 'case'], label: 'Case files', icon: 'folder', route: { name: 'cases' } },
  { name: 'tools', match: ['tools'], label: 'Verify & import', icon: 'shield', route: { name: 'tools' } },
  { name: 'settings', match: ['settings'], label: 'Settings', icon: 'settings', route: { name: 'settings' } },
];

/** The dashboard shell: navigation and the page for the current route. */
export function Dashboard({ model, port, clock }: { model: DashboardModel; port: UiPort; clock: Clock }) {
  const route = model.route.value;
  const count = model.chats.sessions.value.length;
  return (
    <div class="shell">
      <a class="skip-link" href="#content">
        Skip to content
      </a>
      <nav class="side" aria-label="Main">
        <div class="side-brand">
          <span class="brand-mark">
            <Icon name="logo" size={18} />
          </span>
          <span>
            Chatproof
            <span class="side-sub">Your support chats, on record</span>
          </span>
        </div>
        <ul class="side-nav">
          {NAV.map((n) => {
            const current = n.match.includes(route.name);
            return (
              <li key={n.name}>
                <a
                  href={routeHref(n.route)}
                  aria-current={current ? 'page' : undefined}
                  class={current ? 'on' : ''}
                >
                  <Icon name={n.icon} size={17} />
                  <span class="grow">{n.label}</span>
                  {n.name === 'chats' && count > 0 && (
                    <span class="side-count">{count.toLocaleString('en-GB')}</span>
                  )}
                </a>
              </li>
            );
          })}
        </ul>
        <p class="side-foot">Everything stays on this computer. Nothing is uploaded.</p>
      </nav>
      <main id="content" class="content" tabIndex={-1}>
        <Page route={route} model={model} port={port} clock={clock} />
      </main>
    </div>
  );
}

function Page({
  route,
  model,
  port,
  clock,
}: {
  route: Route;
  model: DashboardModel;
  port: UiPort;
  clock: Clock;
}): ComponentChildren {
  switch (route.name) {
    case 'chats':
      return <ChatList model={model.chats} clock={clock} now={port.now()} />;
    case 'chat':
      return <ChatPage key={route.id} id={route.id} port={port} clock={clock} />;
    case 'cases':
      return (
        <CaseList
          sessions={model.chats.sessions.value}
          state={model.chats.state.value}
          clock={clock}
          now={port.now()}
        />
      );
    case 'case':
      return <CasePage key={route.key} caseKey={route.key} port={port} clock={clock} />;
    case 'tools':
      return <ToolsPage port={port} />;
    case 'settings':
      return <SettingsPage port={port} />;
  }
}

function ChatPage({ id, port, clock }: { id: string; port: UiPort; clock: Clock }) {
  const model = useModel(() => new ChatModel(port, id));
  return <ChatView model={model} clock={clock} />;
}
function CasePage({ caseKey, port, clock }: { caseKey: string; port: UiPort; clock: Clock }) {
  const model = useModel(() => new CaseModel(port, caseKey));
  return <CaseView model={model} clock={clock} />;
}
function ToolsPage({ port }: { port: UiPort }) {
  const model = useModel(() => new ToolsModel(port));
  return <ToolsView model={model} />;
}
function SettingsPage({ port }: { port: UiPort }) {
  const model = useModel(() => new SettingsModel(port));
  return <SettingsView model={model} />;
}
