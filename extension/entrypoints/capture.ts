import { readFrame } from '../src/capture/read-selection';

// Injected with scripting.executeScript into every frame of the tab the user clipped from;
// the return value travels back to the background. Nothing else runs in the page.
export default defineUnlistedScript(() => readFrame());
