import { useEffect, useState } from 'preact/hooks';
import {
  CLOSED,
  loadPanelDisclosures,
  savePanelDisclosures,
  type PanelDisclosure,
  type PanelDisclosures,
} from '../settings/panel-disclosures';

export interface PanelDisclosureState {
  /** Undefined until the remembered state is read, so nothing opens and closes again on load. */
  state: PanelDisclosures | undefined;
  set: (name: PanelDisclosure, open: boolean) => void;
}

/** The side panel's remembered disclosures: read once, written on every change the user makes. */
export function usePanelDisclosures(): PanelDisclosureState {
  const [state, setState] = useState<PanelDisclosures | undefined>();
  useEffect(() => {
    let alive = true;
    void loadPanelDisclosures().then(
      (loaded) => alive && setState(loaded),
      () => alive && setState(CLOSED),
    );
    return () => {
      alive = false;
    };
  }, []);
  const set = (name: PanelDisclosure, open: boolean) =>
    setState((current) => {
      const base = current ?? CLOSED;
      if (base[name] === open) return current;
      const next = { ...base, [name]: open };
      // Remembering is a convenience: a failed write must not block the story.
      void savePanelDisclosures(next).catch(() => undefined);
      return next;
    });
  return { state, set };
}
