import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { PopupModel } from '../../lib/models/popup';
import { createBrowserPort } from '../../lib/models/port';
import '../../components/theme.css';
import '../../components/popup.css';

performance.mark('chatproof:start');
const port = createBrowserPort();
const model = new PopupModel(port);
render(<Popup model={model} clock={port.clock} />, document.getElementById('app')!);
model.listen();
void model.load().then(() => {
  // the first paint with data: read by the performance test (tests/e2e/ui.chromium.test.mjs)
  requestAnimationFrame(() => {
    const start = performance.getEntriesByName('chatproof:start')[0]?.startTime ?? 0;
    document.documentElement.dataset.ready = String(Math.round(performance.now()));
    document.documentElement.dataset.work = String(Math.round(performance.now() - start));
  });
});
addEventListener('pagehide', () => model.flushDesired());
