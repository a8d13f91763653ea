import { type UserSet, UserSetSchema } from "@ringside/api-schema";
import { ApiError } from "./ApiError.js";
import { parseAnswer } from "./client.js";

/** Characters of the file name kept as the set name. */
const NAME_LIMIT = 200;

/** Bytes sent so far of an upload. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Uploads a user list (one ID per line, or CSV with a `userID` column). XMLHttpRequest rather
 * than fetch, because only it reports upload progress.
 */
export function uploadUserSet(
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<UserSet> {
  const isCsv = file.name.toLowerCase().endsWith(".csv") || file.type === "text/csv";
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const name = encodeURIComponent(file.name.slice(0, NAME_LIMIT) || "users");
    xhr.open("POST", `/api/v1/user-sets?name=${name}`);
    xhr.setRequestHeader("content-type", isCsv ? "text/csv" : "text/plain");
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    };
    xhr.onerror = () => reject(new ApiError("The upload did not reach the server.", 0, "network"));
    xhr.onload = () => {
      try {
        resolve(parseAnswer(xhr.status, xhr.responseText, UserSetSchema));
      } catch (error) {
        reject(error);
      }
    };
    xhr.send(file);
  });
}
