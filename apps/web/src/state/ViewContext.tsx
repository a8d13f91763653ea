import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { parseView, serializeView, type ViewState } from "./viewState.js";

/**
 * A change within this many ms of the one before it replaces the history entry instead of
 * adding one, so a drag or a burst of key presses, however long, is one Back step.
 */
const COALESCE_MS = 600;

/** `replace` keeps a passing change (a hover) out of the Back history. */
export type UpdateView = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

const ViewContext = createContext<{ view: ViewState; update: UpdateView } | null>(null);

/** Holds the view state in the URL: every change is a history entry; Back restores it. */
export function ViewProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState(() => parseView(window.location.search));
  const current = useRef(view);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    const onPop = () => {
      // the next change after Back or Forward starts a new entry, whenever it comes
      lastChange.current = Number.NEGATIVE_INFINITY;
      current.current = parseView(window.location.search);
      setView(current.current);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback<UpdateView>((patch, options) => {
    const next = { ...current.current, ...patch };
    const url = `${window.location.pathname}${serializeView(next)}`;
    if (options?.replace) {
      window.history.replaceState(null, "", url);
    } else {
      // measured from the last change, not the last new entry: a burst stays one entry
      const now = performance.now();
      if (now - lastChange.current < COALESCE_MS) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
      lastChange.current = now;
    }
    current.current = next;
    setView(next);
  }, []);

  const value = useMemo(() => ({ view, update }), [view, update]);
  return <ViewContext.Provider value={value}>{children}</ViewContext.Provider>;
}

/** The current view and the function that changes it. */
export function useView() {
  const context = useContext(ViewContext);
  if (!context) throw new Error("useView needs a ViewProvider above it");
  return context;
}
