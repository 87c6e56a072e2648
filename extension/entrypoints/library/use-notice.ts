import { useState } from 'preact/hooks';

export type Notice = { text: string; undo?: () => Promise<void> };

/**
 * The toast at the bottom of the library, and the version that reloads the list: every change
 * to the stories shows a notice and bumps the version, so the two travel together.
 */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | undefined>();
  const [version, setVersion] = useState(0); // bumped after every change, to reload
  const changed = (text: string, undo?: () => Promise<void>) => {
    setVersion((v) => v + 1);
    setNotice({ text, ...(undo ? { undo } : {}) });
  };
  const show = (text: string) => setNotice({ text });
  const dismiss = () => setNotice(undefined);
  return { notice, version, changed, show, dismiss };
}
