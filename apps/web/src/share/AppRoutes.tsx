import { useCallback, useEffect, useState } from "react";
import { Dashboard } from "../app/Dashboard.js";
import { EmbedView } from "../embed/EmbedView.js";
import { ViewProvider } from "../state/ViewContext.js";
import { StoryPage } from "../story/StoryPage.js";
import { pageOf } from "./pageOf.js";
import { SavedView } from "./SavedView.js";

/** The page for the current path; follows Back and Forward across pages. */
export function AppRoutes() {
  const [path, setPath] = useState(window.location.pathname);
  const reread = useCallback(() => setPath(window.location.pathname), []);

  useEffect(() => {
    window.addEventListener("popstate", reread);
    return () => window.removeEventListener("popstate", reread);
  }, [reread]);

  const page = pageOf(path);
  switch (page.kind) {
    case "saved":
      return <SavedView key={page.id} id={page.id} then={page.opens} onReady={reread} />;
    case "embed":
      return (
        <ViewProvider>
          <EmbedView />
        </ViewProvider>
      );
    case "story":
      return (
        <ViewProvider>
          <StoryPage />
        </ViewProvider>
      );
    case "dashboard":
      return (
        <ViewProvider>
          <Dashboard />
        </ViewProvider>
      );
  }
}
