import type { Analysis } from "@ringside/api-schema";
import { longLabel } from "../rings/targetLabel.js";
import type { Scenario } from "../state/useScenario.js";
import { formatCount } from "../summary/format.js";
import { lateText } from "../summary/lateShare.js";
import { AddressDiff } from "./AddressDiff.js";
import type { StoryStep } from "./storySteps.js";

/** A message rate to put the fan-out cost in numbers. */
const MESSAGES_PER_MINUTE = 10_000;

interface StoryExtraProps {
  extra: StoryStep["extra"];
  scenario: Scenario;
  analysis: Analysis | undefined;
}

/** What a step shows beside its narration, from the same analysis as the dashboard. */
export function StoryExtra({ extra, scenario, analysis }: StoryExtraProps) {
  const summary = analysis?.summary;
  const pods = scenario.cluster.gateway.replicas;
  switch (extra) {
    case "none":
      return null;
    case "addresses":
      return <AddressDiff cluster={scenario.cluster} />;
    case "count":
    case "fix":
      return (
        <p className="story-fact" data-testid="story.count">
          {summary
            ? `${lateText(summary)} get their messages late at ${pods} ` +
              `${pods === 1 ? "pod" : "pods"}${apart(summary)}.`
            : "Counting…"}
        </p>
      );
    case "user": {
      const route = analysis?.sample.find((r) => r.outcome === "misrouted");
      if (!analysis) return <p className="story-fact">Routing…</p>;
      if (!route) return <p className="story-fact">No user is misrouted in this view.</p>;
      return (
        <p className="story-fact" data-testid="story.user">
          User <code data-testid="story.user-id">{route.userId}</code> connects through the proxy's
          ring to{" "}
          <strong data-testid="story.user-connect">
            {longLabel(analysis.targets, route.connect)}
          </strong>
          . Push's ring sends that user's messages to{" "}
          <strong data-testid="story.user-deliver">
            {longLabel(analysis.targets, route.deliver)}
          </strong>
          , which holds no connection for them.
        </p>
      );
    }
    case "fan-out":
      return (
        <p className="story-fact" data-testid="story.rpcs">
          With {pods} gateway pods every message costs <strong>{pods} RPCs instead of 1</strong>,
          one per pod, whether or not the pod holds the user: {formatCount(MESSAGES_PER_MINUTE)}{" "}
          one-to-one messages a minute become {formatCount(pods * MESSAGES_PER_MINUTE)} RPCs a
          minute.
        </p>
      );
  }
}

/** Users who cannot connect, counted apart from the late ones; nothing when there are none. */
function apart(summary: Analysis["summary"]): string {
  if (summary.cannotConnect === 0) return "";
  return `; ${formatCount(summary.cannotConnect)} cannot connect at all`;
}
