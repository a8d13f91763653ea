import "./share.css";
import { useEffect, useState } from "react";
import { describeError } from "../api/ApiError.js";
import { useSavedScenario } from "../api/scenarios.js";
import { savedSearch } from "./savedScenario.js";

interface SavedViewProps {
  id: string;
  /** The page the saved view opens on: the dashboard or the embed view. */
  then: "/" | "/embed";
  /** Called once the URL holds the saved view. */
  onReady: () => void;
}

/**
 * Opens a short link: loads the saved scenario, puts its view into the URL (replacing the
 * short link, so Back leaves it) and hands over to the page that reads the URL.
 */
export function SavedView({ id, then, onReady }: SavedViewProps) {
  const saved = useSavedScenario(id);
  const [moved, setMoved] = useState(false);

  useEffect(() => {
    if (!saved.data || moved) return;
    window.history.replaceState(null, "", `${then}${savedSearch(saved.data)}`);
    setMoved(true);
    onReady();
  }, [saved.data, moved, then, onReady]);

  return (
    <main className="saved-view">
      {saved.error ? (
        <div className="card" role="alert" data-testid="saved.error">
          <h1>This link does not open a saved view</h1>
          <p>{describeError(saved.error)}</p>
          <p>
            <a href="/">Open the dashboard</a>
          </p>
        </div>
      ) : (
        <p className="card" aria-busy="true">
          Opening saved view {id}…
        </p>
      )}
    </main>
  );
}
