import { describe, expect, it } from 'vitest';
import { retryRefused } from './retry-refused';

/** An attempt that is refused `refusals` times, then answers; it records what happened in `log`. */
function refusedThenAnswered(refusals: number, log: string[]) {
  let calls = 0;
  return async () => {
    calls++;
    log.push(`try ${calls}`);
    if (calls <= refusals) throw new Error(`refusal ${calls}`);
    return 'read';
  };
}

function seams(log: string[], delays = [10, 20, 30]) {
  return {
    delays,
    sleep: async (ms: number) => void log.push(`wait ${ms}`),
    untilPageLoaded: async () => void log.push('page loaded'),
  };
}

describe('retryRefused', () => {
  it('answers at once, without waiting, when the first try is not refused', async () => {
    const log: string[] = [];
    await expect(retryRefused(refusedThenAnswered(0, log), seams(log))).resolves.toBe('read');
    expect(log).toEqual(['try 1']);
  });

  it('after a refusal waits the next delay and for the page to load, then tries again', async () => {
    const log: string[] = [];
    await expect(retryRefused(refusedThenAnswered(2, log), seams(log))).resolves.toBe('read');
    expect(log).toEqual(['try 1', 'wait 10', 'page loaded', 'try 2', 'wait 20', 'page loaded', 'try 3']);
  });

  it('gives up once the delays are used up, with the last refusal', async () => {
    const log: string[] = [];
    await expect(retryRefused(refusedThenAnswered(9, log), seams(log, [10, 20]))).rejects.toThrow('refusal 3');
    expect(log.filter((step) => step.startsWith('try'))).toEqual(['try 1', 'try 2', 'try 3']);
  });

  it('with no delays tries once, as a single refusal is then final', async () => {
    const log: string[] = [];
    await expect(retryRefused(refusedThenAnswered(1, log), seams(log, []))).rejects.toThrow('refusal 1');
    expect(log).toEqual(['try 1']);
  });

  it('waits for the delay and the page load together, not one after the other', async () => {
    const order: string[] = [];
    let endSleep = () => {};
    let finishLoad = () => {};
    const slept = new Promise<void>((resolve) => (endSleep = resolve));
    const loaded = new Promise<void>((resolve) => (finishLoad = resolve));
    const read = retryRefused(refusedThenAnswered(1, order), {
      delays: [10],
      sleep: () => (order.push('sleep asked'), slept.then(() => void order.push('slept'))),
      untilPageLoaded: () => (order.push('load asked'), loaded.then(() => void order.push('page loaded'))),
    });
    for (let tick = 0; tick < 5; tick++) await Promise.resolve();
    // Both asked before either ended: one after the other would ask for the load only once the sleep ended.
    expect(order).toEqual(['try 1', 'sleep asked', 'load asked']);
    finishLoad();
    for (let tick = 0; tick < 5; tick++) await Promise.resolve();
    expect(order).not.toContain('try 2');
    endSleep();
    await expect(read).resolves.toBe('read');
    expect(order).toEqual(['try 1', 'sleep asked', 'load asked', 'page loaded', 'slept', 'try 2']);
  });
});
