import { render } from 'preact';
import { setPageLanguage } from '../../src/i18n';
import { OptionsPage } from './OptionsPage';

setPageLanguage();
render(<OptionsPage />, document.getElementById('app')!);
