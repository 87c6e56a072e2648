import { render } from 'preact';
import { setPageLanguage } from '../../src/i18n';
import { OptionsPage } from './OptionsPage';

setPageLanguage('pageTitleOptions');
render(<OptionsPage />, document.getElementById('app')!);
