import { render } from 'preact';
import { setPageLanguage } from '../../src/i18n';
import { VocabularyPage } from './VocabularyPage';

setPageLanguage('pageTitleVocabulary');
render(<VocabularyPage />, document.getElementById('app')!);
