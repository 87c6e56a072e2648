import { handleRequest } from './exchange-worker';

// A dedicated worker of a library page (see exchange-worker.ts). Typed by hand: the extension
// is compiled with the DOM library, not the WebWorker one, and only these two members are used.
const scope = self as unknown as { onmessage: (event: MessageEvent) => void; postMessage: (message: unknown) => void };
scope.onmessage = (event) => void handleRequest(event.data, (reply) => scope.postMessage(reply));
