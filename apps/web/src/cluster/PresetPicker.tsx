import { PRESETS, type PresetId } from "@ringside/openim";
import { useView } from "../state/ViewContext.js";

/** Every failure mode as a choice, with a sentence on what it shows. */
export function PresetPicker() {
  const { view, update } = useView();
  const active = view.cluster ? undefined : view.preset;
  const choose = (preset: PresetId) =>
    update({
      preset,
      cluster: undefined,
      replicas: undefined,
      scaleTo: undefined,
      user: undefined,
      cell: undefined,
      pod: undefined,
    });

  return (
    <fieldset className="presets">
      <legend>Presets</legend>
      {PRESETS.map((preset) => (
        <label key={preset.id} className="preset" data-testid={`preset.${preset.id}`}>
          <input
            type="radio"
            name="preset"
            value={preset.id}
            checked={active === preset.id}
            onChange={() => choose(preset.id)}
          />
          <span>
            <span className="preset-title">{preset.title}</span>
            <span className="preset-text">{preset.explanation}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
