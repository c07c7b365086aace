/**
 * Moves the focus to an element of a view that may still be loading (the views load on first use): at once when it
 * is on screen, otherwise as soon as it appears. Gives up after a few seconds, leaving the focus where it is.
 */
export function focusWhenShown(selector: string, giveUpMs = 5000): void {
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el || el.getClientRects().length === 0) return false;
    el.focus();
    return true;
  };
  if (attempt()) return;
  const watch = new MutationObserver(() => attempt() && watch.disconnect());
  watch.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden", "style"] });
  setTimeout(() => watch.disconnect(), giveUpMs);
}
