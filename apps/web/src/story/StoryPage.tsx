import { useEffect, useRef, useState } from "react";
import { useAnalysis } from "../api/queries.js";
import { overviewRequest } from "../api/requests.js";
import { Dashboard } from "../app/Dashboard.js";
import { useScenario } from "../state/useScenario.js";
import { useView } from "../state/ViewContext.js";
import { StoryExtra } from "./StoryExtra.js";
import { stepOfPath, stepUrl, stepView } from "./storyNavigation.js";
import { STORY_STEPS } from "./storySteps.js";
import { STORY_TEXT } from "./storyText.js";
import "./story.css";

/** Elements whose arrow keys belong to them, not to the story. */
const OWN_ARROWS = "input, select, textarea, [contenteditable], [role='slider']";

function currentStep(): number {
  return Math.min(Math.max(stepOfPath(window.location.pathname), 1), STORY_STEPS.length);
}

/** The walkthrough: one step at a time above the dashboard it sets. */
export function StoryPage() {
  const { view, update } = useView();
  const [step, setStep] = useState(currentStep);
  const scenario = useScenario();
  const analysis = useAnalysis(overviewRequest(scenario.cluster, scenario.users)).data;
  const viewRef = useRef(view);
  viewRef.current = view;
  const title = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Moves to a step: the path first (a new history entry unless `replace`), then its view.
  const open = (next: number, replace: boolean) => {
    const path = `/story/${next}`;
    if (replace) window.history.replaceState(null, "", path);
    else window.history.pushState(null, "", path);
    update(stepView(next, viewRef.current), { replace: true });
    setStep(next);
  };

  // A step's link without a view, or out of range, opens the step's own view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on opening the page
  useEffect(() => {
    const asked = stepOfPath(window.location.pathname);
    if (window.location.search === "" || asked !== currentStep()) open(currentStep(), true);
    const onPop = () => setStep(currentStep());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const go = (next: number) => {
    if (next < 1 || next > STORY_STEPS.length) return;
    moved.current = true;
    open(next, false);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.target instanceof Element && event.target.closest(OWN_ARROWS)) return;
      if (event.key === "ArrowRight") go(currentStep() + 1);
      else if (event.key === "ArrowLeft") go(currentStep() - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  // After a move, the new step's title takes focus so a screen reader reads it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (moved.current) title.current?.focus();
  }, [step]);

  // The user followed is the analysis's first misrouted one, known only once it is routed.
  const spec = STORY_STEPS[step - 1];
  const follow =
    spec?.extra === "user" ? analysis?.sample.find((r) => r.outcome === "misrouted") : undefined;
  useEffect(() => {
    if (follow && view.user === undefined) update({ user: follow.userId }, { replace: true });
  }, [follow, view.user, update]);

  if (!spec) return null;
  return (
    <>
      <section className="story card" aria-labelledby="story-title" data-testid="story.panel">
        <p className="story-count" data-testid="story.step">
          Step {step} of {STORY_STEPS.length}
        </p>
        <h1 id="story-title" ref={title} tabIndex={-1} data-testid="story.title">
          {spec.title}
        </h1>
        <p className="story-text">{STORY_TEXT[step - 1]}</p>
        <StoryExtra extra={spec.extra} scenario={scenario} analysis={analysis} />
        <nav className="story-nav" aria-label="Story steps">
          <button
            type="button"
            className="button"
            onClick={() => go(step - 1)}
            disabled={step === 1}
            aria-keyshortcuts="ArrowLeft"
            data-testid="story.previous"
          >
            ← Previous
          </button>
          <ol className="story-dots">
            {STORY_STEPS.map((s, i) => (
              <li key={s.title}>
                <a
                  href={stepUrl(i + 1, view)}
                  aria-current={i + 1 === step ? "step" : undefined}
                  aria-label={`Step ${i + 1}: ${s.title}`}
                  onClick={(event) => {
                    event.preventDefault();
                    go(i + 1);
                  }}
                >
                  {i + 1}
                </a>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button primary"
            onClick={() => go(step + 1)}
            disabled={step === STORY_STEPS.length}
            aria-keyshortcuts="ArrowRight"
            data-testid="story.next"
          >
            Next →
          </button>
          <a className="story-exit" href={`/${window.location.search}`}>
            Leave the story
          </a>
        </nav>
        <p className="hint">Left and right arrow keys move between steps.</p>
      </section>
      <Dashboard />
    </>
  );
}
