import type { Frame, Page } from '@playwright/test';
import type { CaseSelection, UnseenCase } from './unseen-cases.js';

const WAIT_MS = 5_000;

/**
 * The frame a case's selection is in: down the chain of iframe selectors from the top page
 * (Playwright's CSS finds frames inside open shadow roots too). Each frame is focused on the way
 * down, as the mouse that selects in a frame focuses it.
 */
async function targetFrame(page: Page, chain: readonly string[]): Promise<Frame> {
  let frame = page.mainFrame();
  for (const selector of chain) {
    const element = await frame.waitForSelector(selector, { state: 'attached', timeout: WAIT_MS });
    const child = await element.contentFrame();
    if (!child) throw new Error(`${selector} is not a frame`);
    await child.waitForLoadState('load');
    await element.evaluate((iframe) => (iframe as HTMLIFrameElement).focus());
    frame = child;
  }
  return frame;
}

/**
 * Selects inside one frame, through the chain of shadow hosts: a text field by its offsets (after
 * focusing it), an element's contents, or the text from the first `from` to the end of the last `to` (whitespace in
 * the case matching any whitespace, or none, in the page: a `<br>` leaves none in the text nodes).
 * Returns why it could not, or '' when it did.
 */
function selectInFrame({ hosts, select }: { hosts: string[]; select: CaseSelection }): string {
  let root: Document | ShadowRoot = document;
  for (const host of hosts) {
    const element: Element | null = root.querySelector(host);
    if (!element?.shadowRoot) return `no open shadow root at ${host}`;
    root = element.shadowRoot;
  }
  const target = root.querySelector(select.selector);
  if (!target) return `nothing matches ${select.selector}`;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    target.focus();
    if (select.kind === 'field') target.setSelectionRange(select.start, select.end);
    else target.select();
    return '';
  }
  if (select.kind === 'field') return `${select.selector} is not a text field`;
  // A click into an editor focuses it (and puts the caret at its start): focus first, then select.
  const editable = target.closest('[contenteditable]:not([contenteditable="false"])');
  if (editable instanceof HTMLElement) editable.focus();
  const selection = document.getSelection()!;
  if (select.kind === 'element') {
    // An element a script fills later (after a click, a fetch) is there before its text.
    if (!target.textContent?.trim()) return `${select.selector} holds no text yet`;
    selection.setBaseAndExtent(target, 0, target, target.childNodes.length);
    return '';
  }
  const pattern = (words: string) =>
    words
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s*');
  const lightNodes: Text[] = [];
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) lightNodes.push(node as Text);
  // The text as drawn (the flat tree): an open shadow root's nodes in place of its host's children,
  // a slot's assigned nodes in place of its fallback. A case whose `from` or `to` is only there
  // crosses a shadow boundary (the set lists no host for it).
  const flatNodes = (node: Node): Text[] => {
    if (node instanceof Text) return [node];
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return [];
    const assigned = node instanceof HTMLSlotElement ? node.assignedNodes() : [];
    const kids = assigned.length > 0 ? assigned : [...((node instanceof Element && node.shadowRoot) || node).childNodes];
    return kids.flatMap(flatNodes);
  };
  const joined = (list: Text[]) => list.map((node) => node.data).join('');
  const inLight = (words: string) => new RegExp(pattern(words)).test(joined(lightNodes));
  const nodes = inLight(select.from) && inLight(select.to) ? lightNodes : flatNodes(target);
  const text = joined(nodes);
  const start = new RegExp(pattern(select.from)).exec(text);
  if (!start) return `the start text is not in ${select.selector}`;
  // The set's format: the end is the last occurrence of `to` in the element.
  const end = [...text.matchAll(new RegExp(pattern(select.to), 'g'))].filter((match) => match.index >= start.index).pop();
  if (!end) return `the end text is not in ${select.selector} after the start text`;
  const at = (offset: number, isEnd: boolean): [Text, number] => {
    let before = 0;
    for (const node of nodes) {
      const after = before + node.data.length;
      if (isEnd ? offset <= after : offset < after) return [node, offset - before];
      before = after;
    }
    const last = nodes[nodes.length - 1]!;
    return [last, last.data.length];
  };
  const [startNode, startOffset] = at(start.index, false);
  const [endNode, endOffset] = at(end.index + end[0].length, true);
  selection.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
  return '';
}

/** Performs a case's steps and selection on its loaded page; throws with the reason where it cannot. */
export async function performSelection(page: Page, unseen: UnseenCase): Promise<void> {
  for (const { click } of unseen.before) {
    const onTop = page.locator(click);
    if ((await onTop.count()) > 0) await onTop.first().click();
    else await (await targetFrame(page, unseen.frames)).locator(click).first().click();
  }
  const frame = await targetFrame(page, unseen.frames);
  // Text a script adds after load, or after the click above, may take a moment to come.
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const problem = await frame.evaluate(selectInFrame, { hosts: unseen.shadowHosts, select: unseen.select });
    if (problem === '') return;
    if (Date.now() > until) throw new Error(`could not select: ${problem}`);
    await page.waitForTimeout(200);
  }
}
