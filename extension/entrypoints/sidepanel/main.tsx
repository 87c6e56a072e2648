import { render } from 'preact';
import { setPageLanguage } from '../../src/i18n';
import { SidePanel } from './SidePanel';
import { scheduleDeidWarmUp } from './warm-up-deid';

setPageLanguage();
render(<SidePanel />, document.getElementById('app')!);
scheduleDeidWarmUp();
