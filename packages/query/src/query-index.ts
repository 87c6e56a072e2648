import { dutchMonth, termsIn } from '@vertelpunt/exchange';
import { queryWords } from '@vertelpunt/stories';
import type { Story } from '@vertelpunt/stories';
import { Bitset } from './bitset.js';
import { IntList } from './int-list.js';
import type { OverviewGroups } from './overview-groups.js';
import type { Page, QueryFilter, QueryResult } from './query-filter.js';
import type { RowChange, StoryRow } from './story-row.js';

/** Interns strings as small numbers (terms, origins, words, months, versions). */
class Dictionary {
  names: string[] = [];
  private map: Map<string, number> | undefined = new Map();

  /**
   * A dictionary of names already numbered (a snapshot's table, taken as it is). The lookup map
   * is made at the first lookup: a page that only lists and counts never needs the 100,000 words'.
   */
  static of(names: string[]): Dictionary {
    const dictionary = new Dictionary();
    dictionary.names = names;
    dictionary.map = undefined;
    return dictionary;
  }

  private get ids(): Map<string, number> {
    if (!this.map) {
      const map = new Map<string, number>();
      this.names.forEach((name, id) => map.set(name, id));
      this.map = map;
    }
    return this.map;
  }

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  find(name: string): number | undefined {
    return this.ids.get(name);
  }
}

/**
 * The folded words of a snapshot's stories. Kept apart by the extension: only full-text search
 * needs them, and they are half of a snapshot, so listing and counting start without them.
 */
export interface WordsSnapshot {
  words: string[];
  /** Slot i's words are wordList[wordStart[i] .. wordStart[i + 1]). */
  wordStart: Uint32Array;
  wordList: Uint32Array;
}

/** The version of the snapshot's layout: a cached snapshot of another one is not read but rebuilt. */
export const SNAPSHOT_FORMAT = 2;

/** A built index as plain data and typed arrays, without its words: what the extension caches and the worker loads first. */
export interface CoreSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  ids: string[];
  createdAt: string[];
  origins: string[];
  originOf: Uint32Array;
  versions: string[];
  versionOf: Uint32Array;
  terms: string[];
  /** Slot i's terms are termList[termStart[i] .. termStart[i + 1]). */
  termStart: Uint32Array;
  termList: Uint32Array;
}

/** A whole snapshot: the index and its words. */
export type IndexSnapshot = CoreSnapshot & WordsSnapshot;

/** The terms a story is counted under in the overview: its tags in the latest vocabulary, as StoryCounter counts them. */
function countedTerms(row: StoryRow): readonly string[] {
  try {
    return termsIn({ id: row.id, tags: { version: row.version, terms: row.terms } } as unknown as Story);
  } catch {
    // A version the latest cannot be reached from (none in the extension's vocabulary): as tagged.
    return row.terms;
  }
}

function insertSorted(sorted: string[], name: string): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < name) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, name);
}

const newerFirst = (aCreated: string, aId: string, bCreated: string, bId: string) =>
  aCreated > bCreated ? -1 : aCreated < bCreated ? 1 : aId > bId ? -1 : aId < bId ? 1 : 0;

/**
 * The query engine: every story in a dense slot with its compact fields; term and origin
 * postings as bitsets (facet counts are popcounts of intersections); word postings as slot
 * lists; one order of live slots, newest first ((createdAt, id) descending, the library's order),
 * kept as writes come in. A write never reuses a slot: an upsert retires the old slot and takes a
 * new one, so word postings only grow and a dead slot is filtered out by `live`; the slots are
 * compacted when the dead outnumber the living.
 */
export class QueryIndex {
  private ids: string[] = [];
  private created: string[] = [];
  private originOf: number[] = [];
  private versionOf: number[] = [];
  /** Each slot's terms (slots with the same tags share one array; never changed in place). */
  private termsOf: number[][] = [];
  /** The words of slots added since the snapshot (slot `base + i` at i); the snapshot's slots keep theirs in `base*`. */
  private wordsOf: Uint32Array[] = [];
  private countedOf: number[][] = [];
  private monthOf: number[] = [];
  private slotMap: Map<string, number> | undefined = new Map();
  private live = new Bitset();
  /**
   * The slots a snapshot brought, kept as it gave them (CSR lists): slot s < base has the words
   * baseWords[baseWordStart[s] ..], and word w the snapshot's slots basePostings[basePostingStart[w] ..].
   * Far fewer objects than a list per slot and per word, so a 100,000-story snapshot loads fast.
   */
  private base = 0;
  private baseWordStart: Uint32Array = new Uint32Array(1);
  private baseWords: Uint32Array = new Uint32Array(0);
  private basePostingStart = new Uint32Array(1);
  private basePostings = new Int32Array(0);
  /** Live slots, newest first. */
  private order: number[] = [];

  private origins = new Dictionary();
  private versions = new Dictionary();
  private terms = new Dictionary();
  private words = new Dictionary();
  private readonly counted = new Dictionary();
  private readonly months = new Dictionary();
  private termPostings: Bitset[] = [];
  private originPostings: Bitset[] = [];
  /** Word postings of the slots added since the snapshot (all slots of an index built from rows). */
  private wordPostings: IntList[] = [];
  /** The dictionary's words sorted, for prefix search; made at the first, kept sorted as words arrive. */
  private sortedWords: string[] | undefined;
  /**
   * While a snapshot's words are not attached yet: the words of the slots written since, by slot,
   * interned when they are (the snapshot's dictionary numbers its words first).
   */
  private pendingWords: Map<number, string[]> | undefined;

  static build(rows: Iterable<StoryRow>): QueryIndex {
    const index = new QueryIndex();
    for (const row of rows) index.upsert(row, false);
    index.sortOrder();
    return index;
  }

  /** Stories in the index. */
  get size(): number {
    return this.order.length;
  }

  /** Applies writes in order; a large batch re-sorts once instead of inserting one by one. */
  applyChanges(changes: readonly RowChange[]): void {
    const bulk = changes.length > 64;
    for (const change of changes) {
      if (change.kind === 'upsert') this.upsert(change.row, !bulk);
      else this.remove(change.id, !bulk);
    }
    if (bulk) this.sortOrder();
    // Compacting rebuilds from the rows, words included: it waits until the words are there.
    if (!this.pendingWords && this.ids.length > 1024 && this.ids.length > 2 * this.order.length) this.compact();
  }

  applyChange(change: RowChange): void {
    this.applyChanges([change]);
  }

  private upsert(row: StoryRow, keepOrder: boolean): void {
    this.remove(row.id, keepOrder);
    if (this.pendingWords) {
      this.pendingWords.set(this.ids.length, [...new Set(row.words)]);
      this.addSlot(
        row.id,
        row.createdAt,
        this.origins.id(row.origin),
        this.versions.id(row.version),
        this.termIds(row.terms),
        new Uint32Array(0),
      );
      if (keepOrder) this.order.splice(this.position(row.createdAt, row.id), 0, this.ids.length - 1);
      return;
    }
    const known = this.words.names.length;
    const words = Uint32Array.from(new Set(row.words), (word) => this.words.id(word));
    // New words join the sorted list where they belong (sorting 100,000 words again costs more).
    if (this.sortedWords) for (let w = known; w < this.words.names.length; w++) insertSorted(this.sortedWords, this.words.names[w]!);
    this.addSlot(row.id, row.createdAt, this.origins.id(row.origin), this.versions.id(row.version), this.termIds(row.terms), words);
    if (keepOrder) this.order.splice(this.position(row.createdAt, row.id), 0, this.ids.length - 1);
  }

  private termIds(terms: readonly string[]): number[] {
    return [...new Set(terms)].map((t) => this.terms.id(t));
  }

  /** Whether full-text search can be answered (false while a snapshot's words are not attached). */
  get hasWords(): boolean {
    return this.pendingWords === undefined;
  }

  private needWords(): void {
    if (this.pendingWords) throw new Error("the index has no words yet: attach the snapshot's words first");
  }

  /** Fills a new slot from interned fields (the one place postings grow). */
  private addSlot(id: string, createdAt: string, origin: number, version: number, terms: number[], words: Uint32Array): void {
    const slot = this.ids.length;
    this.ids.push(id);
    this.created.push(createdAt);
    this.originOf.push(origin);
    (this.originPostings[origin] ??= new Bitset()).add(slot);
    this.versionOf.push(version);
    this.termsOf.push(terms);
    for (const t of terms) (this.termPostings[t] ??= new Bitset()).add(slot);
    for (const w of words) (this.wordPostings[w] ??= new IntList()).push(slot);
    this.wordsOf[slot - this.base] = words;
    this.countedOf.push(this.countedFor(version, terms));
    this.monthOf.push(this.monthFor(createdAt));
    this.slotOf.set(id, slot);
    this.live.add(slot);
  }

  // Tag sets and hours repeat a great deal: counted terms and Dutch months are worked out once each.
  private readonly countedCache = new Map<string, number[]>();
  private readonly monthCache = new Map<string, number>();

  private countedFor(version: number, terms: number[]): number[] {
    const key = `${version}:${terms.join(',')}`;
    let counted = this.countedCache.get(key);
    if (counted === undefined) {
      const row = { id: '', version: this.versions.names[version]!, terms: terms.map((t) => this.terms.names[t]!) } as unknown as StoryRow;
      counted = [...new Set(countedTerms(row))].sort().map((t) => this.counted.id(t));
      this.countedCache.set(key, counted);
    }
    return counted;
  }

  private monthFor(createdAt: string): number {
    // Amsterdam is a whole number of hours from UTC: a UTC time's Dutch month follows from its hour.
    const key = createdAt.endsWith('Z') ? createdAt.slice(0, 13) : createdAt;
    let month = this.monthCache.get(key);
    if (month === undefined) {
      month = this.months.id(dutchMonth(createdAt));
      this.monthCache.set(key, month);
    }
    return month;
  }

  private remove(id: string, keepOrder: boolean): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    if (keepOrder) this.order.splice(this.position(this.created[slot]!, id), 1);
    else this.order = []; // re-sorted at the end of the batch
    this.slotOf.delete(id);
    this.live.delete(slot);
    this.originPostings[this.originOf[slot]!]!.delete(slot);
    for (const t of this.termsOf[slot]!) this.termPostings[t]!.delete(slot);
  }

  /** Which slot holds each live story; made at the first lookup after a snapshot was loaded. */
  private get slotOf(): Map<string, number> {
    if (!this.slotMap) {
      const map = new Map<string, number>();
      for (const slot of this.order) map.set(this.ids[slot]!, slot);
      this.slotMap = map;
    }
    return this.slotMap;
  }

  private wordsAt(slot: number): Uint32Array {
    return slot < this.base
      ? this.baseWords.subarray(this.baseWordStart[slot]!, this.baseWordStart[slot + 1]!)
      : this.wordsOf[slot - this.base]!;
  }

  /** Where (createdAt, id) sits in the order: the first live slot not newer than it. */
  private position(createdAt: string, id: string): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.order[mid]!;
      if (newerFirst(this.created[s]!, this.ids[s]!, createdAt, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private sortOrder(): void {
    this.order = [...this.live];
    this.order.sort((a, b) => newerFirst(this.created[a]!, this.ids[a]!, this.created[b]!, this.ids[b]!));
  }

  /** Rebuilds the slots without the dead ones (their word postings shrink with them). */
  private compact(): void {
    const fresh = QueryIndex.build(this.rows());
    Object.assign(this, fresh);
  }

  /** Every story's row, newest first: what the index holds, whatever way it was built. */
  rows(): StoryRow[] {
    this.needWords();
    return this.order.map((slot) => ({
      id: this.ids[slot]!,
      createdAt: this.created[slot]!,
      origin: this.origins.names[this.originOf[slot]!]!,
      version: this.versions.names[this.versionOf[slot]!]!,
      terms: this.termsOf[slot]!.map((t) => this.terms.names[t]!),
      words: Array.from(this.wordsAt(slot), (w) => this.words.names[w]!),
    }));
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** The live slots that match, or undefined when the filter narrows nothing. */
  private matching(filter: QueryFilter): Bitset | undefined {
    let set: Bitset | undefined;
    const narrow = (next: Bitset) => (set = set === undefined ? next.clone().and(this.live) : set.and(next));
    if (filter.text?.trim()) {
      this.needWords();
      const { words, prefix } = queryWords(filter.text);
      for (const word of words) narrow(this.wordSet([this.words.find(word)]));
      if (prefix) narrow(this.wordSet(this.wordsStartingWith(prefix)));
    }
    if (filter.terms && filter.terms.length > 0) {
      const postings = filter.terms.map((t) => this.termPostings[this.terms.find(t) ?? -1] ?? new Bitset());
      if (filter.termMode === 'all') for (const p of postings) narrow(p);
      else narrow(postings.reduce((union, p) => union.or(p), new Bitset()));
    }
    if (filter.origin) narrow(this.originPostings[this.origins.find(filter.origin) ?? -1] ?? new Bitset());
    if (filter.from || filter.to) {
      const [lo, hi] = this.window(filter.from, filter.to);
      const dates = new Bitset(this.ids.length);
      for (let i = lo; i < hi; i++) dates.add(this.order[i]!);
      narrow(dates);
    }
    return set;
  }

  /** The slots carrying any of the words (dead ones included: `matching` keeps only live ones). */
  private wordSet(wordIds: readonly (number | undefined)[]): Bitset {
    const set = new Bitset(this.ids.length);
    for (const id of wordIds) {
      if (id === undefined) continue;
      if (id + 1 < this.basePostingStart.length)
        for (let i = this.basePostingStart[id]!; i < this.basePostingStart[id + 1]!; i++) set.add(this.basePostings[i]!);
      const postings = this.wordPostings[id];
      if (postings) for (let i = 0; i < postings.length; i++) set.add(postings.data[i]!);
    }
    return set;
  }

  /**
   * Makes the word lookups a first search needs (a map of the words, the words sorted for
   * prefixes) ahead of it: at 100,000 stories they take longer than the search itself.
   */
  prepareSearch(): void {
    if (this.pendingWords) return;
    this.words.find('');
    this.sortedWords ??= [...this.words.names].sort();
  }

  private wordsStartingWith(prefix: string): number[] {
    const sorted = (this.sortedWords ??= [...this.words.names].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(this.words.find(sorted[i]!)!);
    return out;
  }

  /** The part of the order with from <= createdAt <= to (ISO strings compare as times). */
  private window(from: string | undefined, to: string | undefined): [number, number] {
    const firstWhere = (test: (created: string) => boolean) => {
      let lo = 0;
      let hi = this.order.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (test(this.created[this.order[mid]!]!)) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const lo = to ? firstWhere((c) => c <= to) : 0;
    const hi = from ? firstWhere((c) => c < from) : this.order.length;
    return [lo, Math.max(lo, hi)];
  }

  /** The total and one page of ids, newest first. */
  query(filter: QueryFilter, { offset = 0, limit = 50 }: Page = {}): QueryResult {
    const set = this.matching(filter);
    if (set === undefined) return { total: this.order.length, ids: this.order.slice(offset, offset + limit).map((s) => this.ids[s]!) };
    const ids: string[] = [];
    let skipped = 0;
    for (let i = 0; i < this.order.length && ids.length < limit; i++) {
      const slot = this.order[i]!;
      if (!set.has(slot)) continue;
      if (skipped < offset) skipped++;
      else ids.push(this.ids[slot]!);
    }
    return { total: set.size(), ids };
  }

  /** The ids that match, oldest first (ties by id): the order of every export file. */
  idsOldestFirst(filter: QueryFilter = {}): string[] {
    const set = this.matching(filter);
    const out: string[] = [];
    for (let i = this.order.length - 1; i >= 0; i--) {
      const slot = this.order[i]!;
      if (set === undefined || set.has(slot)) out.push(this.ids[slot]!);
    }
    return out;
  }

  /** For each term (as tagged) carried by a matching story, how many matching stories carry it. */
  termCounts(filter: QueryFilter = {}): Map<string, number> {
    const set = this.matching(filter);
    const counts = new Map<string, number>();
    for (const [t, postings] of this.termPostings.entries()) {
      if (!postings) continue;
      const n = set === undefined ? postings.size() : postings.sizeAnd(set);
      if (n > 0) counts.set(this.terms.names[t]!, n);
    }
    return counts;
  }

  /** The distinct origins of the stories, sorted. */
  originList(): string[] {
    return this.origins.names.filter((_, o) => (this.originPostings[o]?.size() ?? 0) > 0).sort();
  }

  /** Stories per term, per pair of terms and per month (Dutch time) of the matching stories, as the overview counts them. */
  overview(filter: QueryFilter = {}): OverviewGroups {
    const set = this.matching(filter);
    const termN = new Map<number, number>();
    const pairN = new Map<number, number>();
    const monthN = new Map<number, number>();
    const width = Math.max(1, this.counted.names.length) + 1;
    let total = 0;
    for (const slot of this.order) {
      if (set !== undefined && !set.has(slot)) continue;
      total++;
      const terms = this.countedOf[slot]!;
      for (let i = 0; i < terms.length; i++) {
        termN.set(terms[i]!, (termN.get(terms[i]!) ?? 0) + 1);
        for (let j = i + 1; j < terms.length; j++) {
          const key = terms[i]! * width + terms[j]!;
          pairN.set(key, (pairN.get(key) ?? 0) + 1);
        }
      }
      const month = this.monthOf[slot]!;
      monthN.set(month, (monthN.get(month) ?? 0) + 1);
    }
    const name = (t: number) => this.counted.names[t]!;
    return {
      total,
      terms: [...termN].map(([t, n]) => [name(t), n]),
      pairs: [...pairN].map(([key, n]) => [[name(Math.floor(key / width)), name(key % width)], n]),
      months: [...monthN].map(([m, n]) => [this.months.names[m]!, n]),
    };
  }

  /** The index as typed arrays and string tables (live stories only, newest first). */
  serialize(): IndexSnapshot {
    this.needWords();
    const rows = this.order;
    const termStart = new Uint32Array(rows.length + 1);
    const wordStart = new Uint32Array(rows.length + 1);
    rows.forEach((slot, i) => {
      termStart[i + 1] = termStart[i]! + this.termsOf[slot]!.length;
      wordStart[i + 1] = wordStart[i]! + this.wordsAt(slot).length;
    });
    const termList = new Uint32Array(termStart[rows.length]!);
    const wordList = new Uint32Array(wordStart[rows.length]!);
    rows.forEach((slot, i) => {
      termList.set(this.termsOf[slot]!, termStart[i]!);
      wordList.set(this.wordsAt(slot), wordStart[i]!);
    });
    return {
      format: SNAPSHOT_FORMAT,
      ids: rows.map((s) => this.ids[s]!),
      createdAt: rows.map((s) => this.created[s]!),
      origins: [...this.origins.names],
      originOf: Uint32Array.from(rows, (s) => this.originOf[s]!),
      versions: [...this.versions.names],
      versionOf: Uint32Array.from(rows, (s) => this.versionOf[s]!),
      terms: [...this.terms.names],
      termStart,
      termList,
      words: [...this.words.names],
      wordStart,
      wordList,
    };
  }

  /**
   * The index a snapshot describes; takes the snapshot's arrays as they are (the caller hands
   * them over). Without its words, the index lists and counts at once; full-text search waits
   * for `attachWords`, and writes meanwhile keep their words until then.
   */
  static deserialize(snapshot: CoreSnapshot & Partial<WordsSnapshot>): QueryIndex {
    if (snapshot.format !== SNAPSHOT_FORMAT) throw new Error(`unknown index snapshot format ${String(snapshot.format)}`);
    const { ids, createdAt, origins, originOf, versions, versionOf, terms, termStart, termList } = snapshot;
    const index = new QueryIndex();
    const n = ids.length;
    // Interned in the snapshot's order, every name keeps its number: the lists are used as they are.
    index.origins = Dictionary.of(origins);
    index.versions = Dictionary.of(versions);
    index.terms = Dictionary.of(terms);
    index.ids = ids;
    index.created = createdAt;
    index.originOf = Array.from(originOf);
    index.versionOf = Array.from(versionOf);
    index.base = n;
    index.slotMap = undefined;
    index.pendingWords = new Map();
    // Tag sets repeat: each distinct one (with its version) is made into arrays once, and shared.
    const tagSets = new Map<string, [number[], number[]]>();
    index.termsOf = new Array<number[]>(n);
    index.countedOf = new Array<number[]>(n);
    index.monthOf = new Array<number>(n);
    for (let slot = 0; slot < n; slot++) {
      const from = termStart[slot]!;
      const to = termStart[slot + 1]!;
      let key = String(versionOf[slot]);
      for (let i = from; i < to; i++) key += `,${termList[i]}`;
      let tagSet = tagSets.get(key);
      if (!tagSet) {
        const slotTerms = Array.from(termList.subarray(from, to));
        tagSet = [slotTerms, index.countedFor(versionOf[slot]!, slotTerms)];
        tagSets.set(key, tagSet);
      }
      index.termsOf[slot] = tagSet[0];
      index.countedOf[slot] = tagSet[1];
      for (const t of tagSet[0]) (index.termPostings[t] ??= new Bitset(n)).add(slot);
      (index.originPostings[originOf[slot]!] ??= new Bitset(n)).add(slot);
      index.monthOf[slot] = index.monthFor(createdAt[slot]!);
    }
    index.live = new Bitset(n);
    index.live.words.fill(0xffffffff, 0, n >>> 5);
    for (let slot = n & ~31; slot < n; slot++) index.live.add(slot);
    // Already newest first: the order needs no sort.
    index.order = Array.from({ length: n }, (_, i) => i);
    const { words, wordStart, wordList } = snapshot;
    if (words && wordStart && wordList) index.attachWords({ words, wordStart, wordList });
    return index;
  }

  /** The words of the snapshot this index was loaded from (slot for slot), then those of the slots written since. */
  attachWords({ words, wordStart, wordList }: WordsSnapshot): void {
    const pending = this.pendingWords;
    if (!pending) throw new Error('the index has its words already');
    if (wordStart.length !== this.base + 1)
      throw new Error(`the words are of ${wordStart.length - 1} stories, the snapshot of ${this.base}`);
    this.words = Dictionary.of(words);
    this.baseWordStart = wordStart;
    this.baseWords = wordList;
    // Word postings by counting: how many slots carry each word, then the slots in ascending order.
    const postingStart = new Uint32Array(words.length + 1);
    for (let i = 0; i < wordList.length; i++) postingStart[wordList[i]! + 1]!++;
    for (let w = 0; w < words.length; w++) postingStart[w + 1]! += postingStart[w]!;
    const fill = postingStart.slice(0, words.length);
    const postings = new Int32Array(wordList.length);
    for (let slot = 0; slot < this.base; slot++)
      for (let i = wordStart[slot]!; i < wordStart[slot + 1]!; i++) postings[fill[wordList[i]!]!++] = slot;
    this.basePostingStart = postingStart;
    this.basePostings = postings;
    this.pendingWords = undefined;
    // The slots written meanwhile, in ascending order: their postings stay ascending.
    for (const [slot, names] of [...pending].sort(([a], [b]) => a - b)) {
      const ids = Uint32Array.from(names, (word) => this.words.id(word));
      for (const w of ids) (this.wordPostings[w] ??= new IntList()).push(slot);
      this.wordsOf[slot - this.base] = ids;
    }
  }
}
