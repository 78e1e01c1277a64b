import { render } from 'preact';
import '../../src/ui/pages/pages.css';
import { Options } from '../../src/ui/pages/Options';

render(<Options />, document.getElementById('app')!);
