import { render } from 'preact';
import { setPageLanguage } from '../../src/i18n';
import { OverviewPage } from './OverviewPage';
import { queryEngine } from '../../src/query/query-client';

setPageLanguage('pageTitleOverview');
// Every chart waits for the worker's index: start it first, so that its start-up and its read of
// the snapshot overlap the page's own.
queryEngine.warm();
render(<OverviewPage />, document.getElementById('app')!);
