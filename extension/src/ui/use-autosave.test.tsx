// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Autosave } from './autosave';
import { useAutosave } from './use-autosave';

describe('useAutosave', () => {
  it('writes the pending value when the component unmounts (another draft opened), with the save passed last', async () => {
    const saved: string[] = [];
    let autosave: Autosave<string> | undefined;
    function Editor({ label }: { label: string }) {
      autosave = useAutosave<string>(async (v) => void saved.push(`${label}:${v}`), 10_000);
      return null;
    }
    const root = document.createElement('div');
    act(() => render(<Editor label="eerste" />, root));
    const first = autosave;
    act(() => render(<Editor label="tweede" />, root));
    expect(autosave).toBe(first); // one autosave for the component's life
    autosave!.schedule('tekst');
    act(() => render(null, root));
    await Promise.resolve();
    expect(saved).toEqual(['tweede:tekst']);
  });
});
