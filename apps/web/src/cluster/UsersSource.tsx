import { LIMITS, SyntheticUsersSchema, type UserSet } from "@ringside/api-schema";
import { useEffect, useId, useState } from "react";
import { ApiError, describeError } from "../api/ApiError.js";
import { useUploadUserSet, useUserSet } from "../api/queries.js";
import type { UploadProgress } from "../api/uploadUserSet.js";
import { useView } from "../state/ViewContext.js";
import { formatCount } from "../summary/format.js";

/** Which users are routed: synthetic ones from a count and a seed, or an uploaded list. */
export function UsersSource() {
  const { view, update } = useView();
  const id = useId();
  const [count, setCount] = useState(String(view.synthetic.count));
  const [seed, setSeed] = useState(String(view.synthetic.seed));
  const [progress, setProgress] = useState<UploadProgress | undefined>();
  const [tooBig, setTooBig] = useState<string | undefined>();
  const upload = useUploadUserSet(setProgress);
  const current = useUserSet(view.setId);
  // the last upload's answer: the mutation forgets it when the next upload starts
  const uploaded = upload.data;

  useEffect(() => {
    setCount(String(view.synthetic.count));
    setSeed(String(view.synthetic.seed));
  }, [view.synthetic]);

  const synthetic = SyntheticUsersSchema.safeParse({ count: Number(count), seed: Number(seed) });
  const leaveUsers = { user: undefined, cell: undefined };

  return (
    <section className="users-source" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="subhead">
        Users
      </h3>
      <p className="hint" data-testid="users-source.current">
        {view.setId
          ? setText(view.setId, current.data, current.error)
          : `${formatCount(view.synthetic.count)} synthetic users, seed ${view.synthetic.seed}`}
      </p>
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (synthetic.success)
            update({ synthetic: synthetic.data, setId: undefined, ...leaveUsers });
        }}
      >
        <label className="field">
          <span>Synthetic count</span>
          <input
            type="number"
            min={1}
            max={LIMITS.maxUsers}
            value={count}
            onChange={(e) => setCount(e.target.value)}
            aria-invalid={!synthetic.success}
            data-testid="users-source.count"
          />
        </label>
        <label className="field">
          <span>Seed</span>
          <input
            type="number"
            min={0}
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            data-testid="users-source.seed"
          />
        </label>
        <button type="submit" className="button" disabled={!synthetic.success}>
          Use synthetic
        </button>
      </form>
      {!synthetic.success && (
        <p className="error" role="alert">
          Count must be 1 to {formatCount(LIMITS.maxUsers)}; seed a whole number from 0.
        </p>
      )}
      <label className="button file-button">
        Upload a user list…
        <input
          type="file"
          className="visually-hidden"
          accept=".txt,.csv,text/plain,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (!file) return;
            upload.reset();
            if (file.size > LIMITS.maxUploadBytes) {
              setTooBig(
                `${file.name} is ${formatCount(file.size)} bytes; a user list may be at most ` +
                  `${formatCount(LIMITS.maxUploadBytes)} bytes.`,
              );
              return;
            }
            setTooBig(undefined);
            setProgress({ loaded: 0, total: file.size });
            upload.mutate(file, {
              onSuccess: (set) => update({ setId: set.id, ...leaveUsers }),
            });
          }}
          data-testid="users-source.file"
        />
      </label>
      <p className="hint">One ID per line, or CSV with a userID column; up to 1,000,000 IDs.</p>
      {upload.isPending && progress && (
        <label className="field">
          <span>Uploading</span>
          <progress
            max={progress.total}
            value={progress.loaded}
            data-testid="users-source.progress"
          />
        </label>
      )}
      {(tooBig ?? upload.error) && (
        <p className="error" role="alert" data-testid="users-source.error">
          {tooBig ?? describeError(upload.error)}
        </p>
      )}
      {uploaded && (
        <p className="success" data-testid="users-source.result">
          Stored “{uploaded.name}”: {formatCount(uploaded.count)} users
          {uploaded.duplicates > 0 &&
            `, ${formatCount(uploaded.duplicates)} duplicates counted once`}
          {uploaded.blankLines > 0 && `, ${formatCount(uploaded.blankLines)} blank lines skipped`}.
        </p>
      )}
    </section>
  );
}

/** The uploaded set in use, by name once the server has said it. */
function setText(id: string, set: UserSet | undefined, error: unknown): string {
  if (set) return `Uploaded set “${set.name}”, ${formatCount(set.count)} users`;
  if (error instanceof ApiError && error.status === 404) {
    return `Uploaded set ${id}, which this server does not hold: upload the list again.`;
  }
  if (error) return `Uploaded set ${id}: ${describeError(error)}`;
  return `Uploaded set ${id}…`;
}
