import { z } from 'zod';
import { OriginSchema } from '@vertelpunt/stories';
import type { FrameSelection } from './read-selection';

/** One frame's answer to the injected script (InjectionResult, narrowed to what we use). */
export interface FrameResult {
  frameId: number;
  result?: unknown;
}

/**
 * A frame's answer as the background trusts it: the page is not ours, so every field is checked.
 * The selection itself is checked against ClipSchema once one is picked.
 */
const FrameAnswerSchema = z.object({
  origin: z.string(),
  frames: z.array(z.string()).max(1000),
  sandboxed: z.array(z.string()).max(1000).optional(),
  selection: z.looseObject({ focused: z.boolean() }).optional(),
});

function answers(results: readonly FrameResult[]) {
  return results.flatMap(({ frameId, result }) => {
    const answer = FrameAnswerSchema.safeParse(result);
    return answer.success ? [{ frameId, ...answer.data }] : [];
  });
}

/**
 * Chooses the selection the user meant: from a frame that has one, the focused frame first (each
 * frame keeps its own selection), then the top frame, then document order.
 */
export function pickFrame(results: readonly FrameResult[]): (Record<string, unknown> & Pick<FrameSelection, 'focused'>) | undefined {
  const rank = ({ frameId, selection }: ReturnType<typeof answers>[number]) => (selection?.focused ? 0 : 2) + (frameId === 0 ? 0 : 1);
  return answers(results)
    .filter((answer) => answer.selection)
    .sort((a, b) => rank(a) - rank(b))[0]?.selection;
}

/**
 * Origins of embedded frames that some frame listed and no frame of that origin answered: the
 * extension could not read them (no permission yet), so the selection may be there. The order of
 * the listing is kept (a focused frame first). Sandboxed frames answer with the opaque origin
 * "null": where fewer answered so than were listed, the origins they came from follow.
 */
export function unreadFrameOrigins(results: readonly FrameResult[]): string[] {
  const all = answers(results);
  const answered = new Set(all.map((answer) => answer.origin));
  const listed = all.flatMap((answer) => answer.frames).filter((origin) => !answered.has(origin));
  const sandboxed = all.flatMap((answer) => answer.sandboxed ?? []);
  if (sandboxed.length > all.filter((answer) => answer.origin === 'null').length) listed.push(...sandboxed);
  return [...new Set(listed.filter((origin) => OriginSchema.safeParse(origin).success))];
}
