import type { QueryIndex } from '@vertelpunt/query';
import { loadIndex, saveSnapshot, type LoadedIndex } from './load-index';
import { QueryRequestSchema, type ParsedQueryRequest, type QueryReply } from './protocol';
import type { WriteNews } from './write-news';
import { storiesOf } from './stories-of';
import { MigrationError } from '../storage/storage-errors';

type Post = (reply: QueryReply) => void;

/** After a write heard with its rows (or a load that found the snapshot behind), the snapshot is written again once writes pause this long. */
const SNAPSHOT_DELAY_MS = 2_000;
/** A page that waits for its own write longer than this gets the index reloaded from the database. */
const WAIT_FOR_NEWS_MS = 300;

/**
 * The query worker's state: the index, loaded once, kept current with the writes announced on
 * the write-news channel (a gap in generations, or a large import announced without rows,
 * reloads it), and the answers to the page's requests. Runs in a worker; tests drive it directly.
 */
export class QueryHost {
  private loaded: Promise<LoadedIndex> | undefined;
  private generation = 0;
  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly waiting = new Set<() => void>();

  constructor(
    private readonly post: Post,
    private readonly dbName?: string,
    private readonly snapshotDelayMs = SNAPSHOT_DELAY_MS,
  ) {}

  private load(): Promise<LoadedIndex> {
    if (!this.loaded) {
      const loading = loadIndex(this.dbName, { wordsLater: true }).then((loaded) => {
        this.generation = loaded.generation;
        if (loaded.stale) this.saveWhenQuiet(loaded);
        // After the answers waiting for the load, the snapshot's words (full-text search needs
        // them; the list and the overview do not), then the lookups a first search needs.
        setTimeout(
          () =>
            void loaded.words().then(
              () => setTimeout(() => loaded.index.prepareSearch(), 0),
              () => undefined,
            ),
          0,
        );
        if (loaded.unreadable.length > 0) this.post({ type: 'unreadable', records: loaded.unreadable });
        this.wake();
        return loaded;
      });
      loading.catch(() => {
        if (this.loaded === loading) this.loaded = undefined; // the next request tries again
      });
      this.loaded = loading;
    }
    return this.loaded;
  }

  /**
   * Saves a fresh snapshot once no write has come for a while, here in the worker, off the
   * page's thread: the next page to open then loads it with a short change log, not every row.
   */
  private saveWhenQuiet(loaded: LoadedIndex): void {
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => {
      // A snapshot holds the words: saved once they are there, if no write came in meanwhile.
      void loaded
        .words()
        .then(() => (loaded.generation === this.generation ? saveSnapshot(loaded.index, loaded.generation, this.dbName) : false))
        .catch(() => undefined);
    }, this.snapshotDelayMs);
  }

  private wake(): void {
    for (const resolve of this.waiting) resolve();
    this.waiting.clear();
  }

  /** The index once it reflects at least generation `atLeast` (the page's own last write), with its words if `search`. */
  private async index(atLeast: number, search: boolean): Promise<QueryIndex> {
    let loaded = await this.load();
    if (this.generation < atLeast) {
      await new Promise<void>((resolve) => {
        this.waiting.add(resolve);
        setTimeout(resolve, WAIT_FOR_NEWS_MS);
      });
      if (this.generation < atLeast) {
        this.loaded = undefined;
        loaded = await this.load();
      }
    }
    if (search) await loaded.words();
    return loaded.index;
  }

  /** A write another context committed (heard on the write-news channel). */
  async hear(news: WriteNews): Promise<void> {
    if (!this.loaded) return; // not loaded yet: the load will read it
    const loaded = await this.loaded.catch(() => undefined);
    if (!loaded || news.generation <= this.generation) return;
    if (news.changes && news.generation === this.generation + 1) {
      loaded.index.applyChanges(news.changes);
      this.generation = news.generation;
      loaded.generation = news.generation;
      this.saveWhenQuiet(loaded);
    } else {
      // A generation missed, or a batch too large to announce: read the database again.
      this.loaded = undefined;
      await this.load().catch(() => undefined);
    }
    this.wake();
    this.post({ type: 'changed', generation: this.generation });
  }

  /** Answers one message from the page; a message that is not a request is refused with why. */
  async handle(message: unknown): Promise<void> {
    const parsed = QueryRequestSchema.safeParse(message);
    if (!parsed.success) {
      const n = (message as { n?: unknown } | null)?.n;
      this.post({
        type: 'failed',
        ...(typeof n === 'number' ? { n } : {}),
        message: `not a query request: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`).join('; ')}`,
      });
      return;
    }
    const request = parsed.data;
    try {
      const search = request.type !== 'origins' && !!request.filter.text?.trim();
      const reply = this.answer(request, await this.index(request.atLeast, search));
      if (reply.type === 'page' && request.type === 'page' && request.stories) reply.stories = await storiesOf(reply.ids, this.dbName);
      this.post(reply);
    } catch (error) {
      this.post({
        type: 'failed',
        n: request.n,
        message: String((error as Error)?.message ?? error),
        name: (error as Error)?.name ?? 'Error',
        ...(error instanceof MigrationError
          ? { migration: { toVersion: error.toVersion, cause: String((error.cause as Error | undefined)?.message ?? error.cause) } }
          : {}),
      });
    }
  }

  private answer(request: ParsedQueryRequest, index: QueryIndex): QueryReply {
    switch (request.type) {
      case 'page':
        return { type: 'page', n: request.n, ...index.query(request.filter, { offset: request.offset, limit: request.limit }) };
      case 'facets':
        return { type: 'facets', n: request.n, counts: [...index.termCounts(request.filter)] };
      case 'origins':
        return { type: 'origins', n: request.n, origins: index.originList() };
      case 'overview':
        return { type: 'overview', n: request.n, groups: index.overview(request.filter) };
    }
  }
}
