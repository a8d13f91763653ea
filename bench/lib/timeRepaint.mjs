/**
 * @typedef {object} Repaint
 * @property {number} latencyMs From the change to the first animation frame that shows its result.
 * @property {number} afterFrameMs From the change to the first task after that frame: the frame's
 *   style, layout and paint on the main thread included.
 * @property {number} domMs From the change to the DOM showing its result.
 */

/**
 * Times one change of the dashboard in the page's own clock. `expected` says what the page
 * shows once the change has landed: the headline's misrouted count as text and the targets that
 * must own arcs on both rings. `act` makes the change: a key press (timed from the page's
 * keydown event) or a call to `setSlider` (timed from just before it sets the value).
 *
 * @param {import("playwright-core").Page} page
 * @param {{ misroutedText: string, targets: number[] }} expected
 * @param {() => Promise<unknown>} act
 * @param {number} timeoutMs
 * @returns {Promise<Repaint>}
 */
export async function timeRepaint(page, expected, act, timeoutMs) {
  await page.evaluate(armRepaintProbe, { ...expected, timeoutMs });
  await act();
  const t = await page.evaluate(() => window.__repaintProbe.done);
  if (t.start === undefined) throw new Error("the change never reached the page");
  return {
    latencyMs: t.frame - t.start,
    afterFrameMs: t.afterFrame - t.start,
    domMs: t.dom - t.start,
  };
}

/** Sets the range input's value as a drag would and fires its input and change events. */
export function setSlider(page, value) {
  return page.evaluate((next) => {
    const slider = document.querySelector('[data-testid="replicas.slider"]');
    if (!(slider instanceof HTMLInputElement)) throw new Error("no replicas slider");
    // React watches the value through the element's own setter; the prototype's bypasses it
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    window.__repaintProbe.start = performance.now();
    setValue?.call(slider, String(next));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    slider.dispatchEvent(new Event("change", { bubbles: true }));
  }, value);
}

/**
 * Runs in the page: watches the DOM until the headline and both rings show `expected`, then
 * notes the next animation frame and the first task after it. Leaves the timings in
 * `window.__repaintProbe.done`; the start is the keydown (or what `setSlider` writes).
 */
function armRepaintProbe({ misroutedText, targets, timeoutMs }) {
  const wanted = targets.join(",");
  const textOf = (testId) =>
    document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? "(none)";
  const targetsOf = (testId) => {
    const ring = document.querySelector(`[data-testid="${testId}"]`);
    const seen = new Set();
    for (const arc of ring?.querySelectorAll("[data-target]") ?? []) {
      seen.add(Number(arc.getAttribute("data-target")));
    }
    return [...seen].sort((a, b) => a - b).join(",");
  };
  const shown = () =>
    textOf("summary.misrouted-count") === misroutedText &&
    targetsOf("ring.push") === wanted &&
    targetsOf("ring.proxy") === wanted;

  const probe = { start: undefined, done: undefined };
  // the event's own time stamp counts any wait before the page could run it
  const onKey = (event) => {
    probe.start = Math.min(event.timeStamp, performance.now());
  };
  window.addEventListener("keydown", onKey, { capture: true, once: true });

  probe.done = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => check());
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(
        new Error(
          `not shown within ${timeoutMs} ms: wanted ${misroutedText} misrouted and targets ` +
            `${wanted}; the page shows ${textOf("summary.misrouted-count")}, push ` +
            `${targetsOf("ring.push")}, proxy ${targetsOf("ring.proxy")}`,
        ),
      );
    }, timeoutMs);
    function check() {
      if (!shown()) return;
      const dom = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const frame = performance.now();
        const after = () =>
          resolve({ start: probe.start, dom, frame, afterFrame: performance.now() });
        // at the highest priority, ahead of the app's own queued work (React's scheduler)
        if (globalThis.scheduler?.postTask) {
          globalThis.scheduler.postTask(after, { priority: "user-blocking" });
        } else {
          const channel = new MessageChannel();
          channel.port1.onmessage = after;
          channel.port2.postMessage(null);
        }
      });
    }
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["data-target"],
    });
  });
  window.__repaintProbe = probe;
}
