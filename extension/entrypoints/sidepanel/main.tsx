import { render } from 'preact';
import { setPageLanguage } from '../../src/i18n';
import { SidePanel } from './SidePanel';
import { scheduleWarmUp } from './warm-up';

setPageLanguage();
render(<SidePanel />, document.getElementById('app')!);
scheduleWarmUp();
