/**
 * How long to wait before each further try after the browser refused to read the page. A refusal
 * right after the click can be passing: the activeTab grant or the page's document may not be in
 * place yet when the machine is busy. The delays add up to under a second; each also waits for a
 * loading tab (up to a second), so a page that may truly never be read (a file:// page without
 * file access) gets its message within about a second, three if its tab never ends loading.
 */
export const REFUSED_RETRY_DELAYS_MS: readonly number[] = [150, 300, 500];

export interface RetrySeams {
  /** Resolves once the tab has finished loading (or gives up waiting); called before each retry. */
  untilPageLoaded: () => Promise<void>;
  sleep?: (ms: number) => Promise<void>;
  delays?: readonly number[];
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `attempt()`, tried again after each delay while it rejects, waiting for the page to finish
 * loading as well. Rejects with the last refusal once the delays are used up.
 */
export async function retryRefused<T>(attempt: () => Promise<T>, seams: RetrySeams): Promise<T> {
  const { untilPageLoaded, sleep = realSleep, delays = REFUSED_RETRY_DELAYS_MS } = seams;
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (refusal) {
      const delay = delays[tried];
      if (delay === undefined) throw refusal;
      await Promise.all([sleep(delay), untilPageLoaded()]);
    }
  }
}
