import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_MIN_GROUP } from '@vertelpunt/exchange';
import { parseMinGroup } from './min-group';

/**
 * The smallest group the overview shows: what the person typed, raised to the organisation's
 * floor (the user may raise it, never go below it).
 */
export function useMinGroup(floor: number) {
  const [text, setText] = useState(String(DEFAULT_MIN_GROUP));
  const [chosen, setChosen] = useState(DEFAULT_MIN_GROUP);
  useEffect(() => setText((current) => (Number(current) < floor ? String(floor) : current)), [floor]);
  const input = (value: string) => {
    setText(value);
    const n = parseMinGroup(value);
    if (n !== undefined) setChosen(n);
  };
  return { text, input, minGroup: Math.max(chosen, floor) };
}
