/**
 * Where the live-pane bar sits (bench/pane.js): the pane's own page (office.js, the prerendered copy, the boot
 * script, the same start after the first paint) with src/taskpane/main.tsx replaced by this, React DOM rendering one
 * tab and nothing else. No pane that React renders can be live sooner on this machine.
 */
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

export async function main(): Promise<void> {
  const container = document.getElementById("root")!;
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <div role="tablist">
        <button type="button" role="tab" aria-selected="true">
          Start
        </button>
      </div>,
    ),
  );
  container.inert = false;
  performance.mark("pv-live");
}
