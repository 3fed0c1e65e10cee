import { render } from 'preact';
import { Dashboard } from '../../components/Dashboard';
import { DashboardModel } from '../../lib/models/dashboard';
import { createBrowserPort } from '../../lib/models/port';
import '../../components/theme.css';
import '../../components/dashboard.css';

const port = createBrowserPort();
const model = new DashboardModel(port);
render(<Dashboard model={model} port={port} clock={port.clock} />, document.getElementById('app')!);
model.start();
