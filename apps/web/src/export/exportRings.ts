import type { Analysis } from "@ringside/api-schema";
import type { Cluster } from "@ringside/openim";
import { createElement } from "react";
import { downloadBlob } from "./downloadBlob.js";
import { ExportFigure, FIGURE } from "./ExportFigure.js";
import { headlineText } from "./headlineText.js";
import { pngWithText } from "./pngWithText.js";

/** The PNG is drawn at this many pixels per SVG unit: sharp on a projector. */
const PNG_SCALE = 2;

export interface ExportInput {
  analysis: Analysis;
  cluster: Cluster;
  usersLabel: string;
}

/** The figure as SVG text; the server renderer is loaded only when someone exports. */
export async function figureSvg(input: ExportInput): Promise<string> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  const markup = renderToStaticMarkup(createElement(ExportFigure, input));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

function fileStem(input: ExportInput): string {
  return `ringside-${input.cluster.gateway.replicas}-pods`;
}

/** Downloads the rings view as SVG. */
export async function exportSvg(input: ExportInput): Promise<void> {
  const svg = await figureSvg(input);
  downloadBlob(new Blob([svg], { type: "image/svg+xml" }), `${fileStem(input)}.svg`);
}

/** Downloads the rings view as PNG, drawn from the SVG on a canvas, the headline in tEXt. */
export async function exportPng(input: ExportInput): Promise<void> {
  const svg = await figureSvg(input);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(FIGURE.width, FIGURE.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = FIGURE.width * PNG_SCALE;
    canvas.height = FIGURE.height * PNG_SCALE;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw on a canvas.");
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, FIGURE.width, FIGURE.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("No PNG came out."))), "image/png"),
    );
    const png = pngWithText(new Uint8Array(await blob.arrayBuffer()), {
      Title: "Ringside: where OpenIM's push and proxy rings disagree",
      Description: headlineText(input.analysis.summary, input.cluster.gateway.replicas),
    });
    downloadBlob(new Blob([png as BlobPart], { type: "image/png" }), `${fileStem(input)}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
