import { render } from 'preact';
import '../../components/theme.css';

render(<main style={{ padding: '16px' }}><h1>Chatproof</h1></main>, document.getElementById('app')!);
