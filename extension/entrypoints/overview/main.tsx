import { render } from 'preact';
import { setPageLanguage } from '../../src/i18n';
import { OverviewPage } from './OverviewPage';

setPageLanguage('pageTitleOverview');
render(<OverviewPage />, document.getElementById('app')!);
