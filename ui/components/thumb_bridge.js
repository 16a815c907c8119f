// Tell the charts when a slider's thumb moves, before its value goes to the server.
//
// A slider's range input changes its "value" / "aria-valuetext" attributes on every step
// of a drag or key press (the server hears only the release). One observer on the page
// fires "studio-thumb:<key>" on document.body for the slider with widget key <key>, with
// the thumb's value in body.value for the time of the dispatch. Vega-Lite params bound to
// the body listen for their slider's event: the body is in the page before any chart, so a
// chart binds whenever it is drawn, and Vega never writes into a slider's own input.
const PREFIX = "st-key-";

function sliderKey(node) {
  for (let element = node; element; element = element.parentElement) {
    for (const name of element.classList) {
      if (name.startsWith(PREFIX)) return name.slice(PREFIX.length);
    }
  }
  return null;
}

function announce(node) {
  const key = sliderKey(node);
  if (key === null) return;
  const body = document.body;
  body.value = node.value;
  try {
    body.dispatchEvent(new Event(`studio-thumb:${key}`));
  } finally {
    delete body.value;
  }
}

export default function () {
  if (window.__studioThumbBridge) return;
  window.__studioThumbBridge = true;
  const observer = new MutationObserver((records) => {
    const moved = new Set();
    for (const record of records) {
      const node = record.target;
      if (node instanceof HTMLInputElement && node.type === "range") moved.add(node);
    }
    for (const node of moved) announce(node);
  });
  // Charts drawn before the bridge: tell them where the thumbs are now.
  for (const node of document.querySelectorAll("input[type=range]")) announce(node);
  observer.observe(document.body, {
    attributes: true,
    subtree: true,
    attributeFilter: ["value", "aria-valuetext"],
  });
}
