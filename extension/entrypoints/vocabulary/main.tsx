import { render } from 'preact';
import { VocabularyPage } from './VocabularyPage';

document.documentElement.lang = navigator.language.startsWith('en') ? 'en' : 'nl';
render(<VocabularyPage />, document.getElementById('app')!);
