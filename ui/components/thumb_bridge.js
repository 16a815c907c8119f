// Tell the charts when a slider's thumb moves, before its value goes to the server.
//
// A slider's range input changes its "value" / "aria-valuetext" attributes on every step
// of a drag or key press (the server hears only the release). One observer on the page
// fires "studio-thumb" on that input; Vega-Lite params bound to the input listen for it.
export default function () {
  if (window.__studioThumbBridge) return;
  window.__studioThumbBridge = true;
  const observer = new MutationObserver((records) => {
    const moved = new Set();
    for (const record of records) {
      const node = record.target;
      if (node instanceof HTMLInputElement && node.type === "range") moved.add(node);
    }
    for (const node of moved) node.dispatchEvent(new Event("studio-thumb"));
  });
  // Charts embedded before the bridge read their inputs then: tell them where the thumbs are now.
  for (const node of document.querySelectorAll("input[type=range]")) {
    node.dispatchEvent(new Event("studio-thumb"));
  }
  observer.observe(document.body, {
    attributes: true,
    subtree: true,
    attributeFilter: ["value", "aria-valuetext"],
  });
}
