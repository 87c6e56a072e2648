import { useMemo, useState } from 'preact/hooks';
import { toggled } from './selection';

/** The stories ticked in the list, for the bulk bar. */
export function useSelection() {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const ids = useMemo(() => [...selected], [selected]);
  const toggle = (id: string) => setSelected(toggled(selected, id));
  const clear = () => setSelected(new Set());
  return { selected, ids, toggle, clear };
}
