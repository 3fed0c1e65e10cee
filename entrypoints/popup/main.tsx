import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { createPopupModel } from '../../lib/models/popup';
import '../../components/theme.css';

const model = createPopupModel();
render(<Popup model={model} />, document.getElementById('app')!);
void model.load();
