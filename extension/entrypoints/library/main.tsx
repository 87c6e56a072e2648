import { render } from 'preact';
import { setPageLanguage } from '../../src/i18n';
import { requestPersistentStorage } from '../../src/storage/db';
import { LibraryPage } from './LibraryPage';

setPageLanguage();
// Ask once the library is opened: the browser may then not evict the stories under storage pressure.
void requestPersistentStorage();
render(<LibraryPage />, document.getElementById('app')!);
