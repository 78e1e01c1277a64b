import { render } from 'preact';
import '../../src/ui/pages/pages.css';
import { Popup } from '../../src/ui/pages/Popup';

render(<Popup />, document.getElementById('app')!);
