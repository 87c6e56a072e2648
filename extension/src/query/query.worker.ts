import { QueryHost } from './query-host';
import { WRITE_NEWS_CHANNEL, WriteNewsSchema } from './write-news';

// A dedicated worker of a library or overview page (see query-host.ts). Typed by hand: the
// extension is compiled with the DOM library, not the WebWorker one, and only these members are used.
const scope = self as unknown as { onmessage: (event: MessageEvent) => void; postMessage: (message: unknown) => void };
const host = new QueryHost((reply) => scope.postMessage(reply));
// Every committed story write of every page and worker of the extension arrives here.
// Every committed story write of every page and worker of the extension arrives here; a message
// that is not one is ignored (it cannot be trusted to describe a write).
new BroadcastChannel(WRITE_NEWS_CHANNEL).onmessage = (event: MessageEvent) => {
  const news = WriteNewsSchema.safeParse(event.data);
  if (news.success) void host.hear(news.data);
  else console.warn(`vertelpunt: not a write announcement: ${news.error.message}`);
};
scope.onmessage = (event) => void host.handle(event.data);
