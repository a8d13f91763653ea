import { LIMITS } from "@ringside/api-schema";
import { SCALE_SCOPES, type ScaleScope } from "@ringside/openim";
import { useEffect, useId, useState } from "react";
import { useView } from "../state/ViewContext.js";

/** The slider's range; the number field goes up to LIMITS.maxReplicas. */
export const SLIDER_MAX = 64;

const SCOPE_NAMES: Record<ScaleScope, string> = {
  all: "everything (helm upgrade, all pods restarted)",
  gateway: "only the StatefulSet (kubectl scale)",
  push: "only push's env (push restarted first)",
  proxy: "only the proxy's env (proxy restarted first)",
};

/** Gateway replicas: a slider for the common range and a number field for the rest. */
export function ReplicasControl({ replicas }: { replicas: number }) {
  const { view, update } = useView();
  const [draft, setDraft] = useState(String(replicas));
  const id = useId();

  useEffect(() => setDraft(String(replicas)), [replicas]);

  const value = Number(draft);
  const valid = /^\d+$/.test(draft) && value >= LIMITS.minReplicas && value <= LIMITS.maxReplicas;
  const set = (next: number) => update({ replicas: next, user: undefined, cell: undefined });

  return (
    <fieldset className="replicas">
      <legend>Gateway replicas</legend>
      <div className="replicas-row">
        <label htmlFor={`${id}-slider`} className="visually-hidden">
          Replicas slider, 1 to {SLIDER_MAX}
        </label>
        <input
          id={`${id}-slider`}
          type="range"
          min={LIMITS.minReplicas}
          max={SLIDER_MAX}
          step={1}
          value={Math.min(replicas, SLIDER_MAX)}
          onChange={(event) => set(Number(event.target.value))}
          data-testid="replicas.slider"
        />
        <label htmlFor={`${id}-number`} className="replicas-number">
          <span>Replicas</span>
          <input
            id={`${id}-number`}
            type="number"
            inputMode="numeric"
            min={LIMITS.minReplicas}
            max={LIMITS.maxReplicas}
            value={draft}
            aria-invalid={!valid}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setDraft(event.target.value);
              const next = Number(event.target.value);
              if (
                Number.isInteger(next) &&
                next >= LIMITS.minReplicas &&
                next <= LIMITS.maxReplicas
              ) {
                set(next);
              }
            }}
            data-testid="replicas.input"
          />
        </label>
      </div>
      <p id={`${id}-hint`} className={valid ? "hint" : "hint error"}>
        {valid
          ? `1 to ${LIMITS.maxReplicas}; the slider covers 1 to ${SLIDER_MAX}.`
          : `Enter a whole number from ${LIMITS.minReplicas} to ${LIMITS.maxReplicas}.`}
      </p>
      <label className="field">
        <span>Scaling changes</span>
        <select
          value={view.scope}
          onChange={(event) => update({ scope: event.target.value as ScaleScope })}
          data-testid="replicas.scope"
        >
          {SCALE_SCOPES.map((scope) => (
            <option key={scope} value={scope}>
              {SCOPE_NAMES[scope]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
