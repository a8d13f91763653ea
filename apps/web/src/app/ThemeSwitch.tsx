import { useEffect } from "react";
import { useView } from "../state/ViewContext.js";
import type { Theme } from "../state/viewState.js";

const CHOICES: readonly { value: Theme | undefined; label: string }[] = [
  { value: undefined, label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

/** System, light or dark; a hand-picked theme is kept in the URL and set on the root element. */
export function ThemeSwitch() {
  const { view, update } = useView();

  useEffect(() => {
    const root = document.documentElement;
    if (view.theme) root.dataset.theme = view.theme;
    else delete root.dataset.theme;
  }, [view.theme]);

  return (
    <fieldset className="theme-switch">
      <legend className="visually-hidden">Theme</legend>
      {CHOICES.map((choice) => (
        <label key={choice.label} className={view.theme === choice.value ? "on" : undefined}>
          <input
            type="radio"
            name="theme"
            className="visually-hidden"
            checked={view.theme === choice.value}
            onChange={() => update({ theme: choice.value })}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
