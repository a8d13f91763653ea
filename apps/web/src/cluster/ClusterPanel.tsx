import type { Scenario } from "../state/useScenario.js";
import { ClusterEditor } from "./ClusterEditor.js";
import { ClusterSummary } from "./ClusterSummary.js";
import { ManifestImport } from "./ManifestImport.js";
import { PresetPicker } from "./PresetPicker.js";
import { UsersSource } from "./UsersSource.js";

/** Where the cluster and the users come from: presets, imports, edits and uploads. */
export function ClusterPanel({ scenario }: { scenario: Scenario }) {
  return (
    <aside
      className="cluster-panel card"
      aria-labelledby="cluster-title"
      data-testid="cluster.panel"
    >
      <h2 id="cluster-title">Cluster</h2>
      <ClusterSummary cluster={scenario.cluster} />
      <PresetPicker />
      <ManifestImport />
      <UsersSource />
      <details className="edit">
        <summary>Edit the StatefulSet and env</summary>
        <ClusterEditor cluster={scenario.cluster} />
      </details>
    </aside>
  );
}
