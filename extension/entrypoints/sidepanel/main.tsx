import { render } from 'preact';
import { setPageLanguage } from '../../src/i18n';
import { SidePanel } from './SidePanel';

setPageLanguage();
render(<SidePanel />, document.getElementById('app')!);
