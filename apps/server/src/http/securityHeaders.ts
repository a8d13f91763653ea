import type { RequestHandler } from "express";
import helmet from "helmet";

/** Paths of the embed view, the only pages other sites may frame. */
export function isEmbedPath(path: string): boolean {
  return path === "/embed" || path.startsWith("/embed/");
}

function policy(frameAncestors: string[]) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React style attributes become inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors,
      },
    },
    // X-Frame-Options knows no list of origins: deny outside the embed view, absent inside it
    // so that it never contradicts frame-ancestors.
    xFrameOptions: frameAncestors.includes("'none'") ? { action: "deny" } : false,
  });
}

/**
 * helmet with a content security policy that lets the built dashboard run, and framing
 * allowed only on the embed view, from this site and `embedOrigins`.
 */
export function securityHeaders(embedOrigins: readonly string[]): RequestHandler {
  const everywhere = policy(["'none'"]);
  const embed = policy(["'self'", ...embedOrigins]);
  return (req, res, next) => (isEmbedPath(req.path) ? embed : everywhere)(req, res, next);
}
