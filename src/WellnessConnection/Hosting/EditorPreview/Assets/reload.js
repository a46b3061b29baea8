// Reloads the preview page when a load of the content folder ends (a file saved, fixed or broken), using the
// server-sent events of /preview/events from the load this page was made after.
"use strict";
(() => {
  const generation = document.body.dataset.generation || "0";
  const events = new EventSource(`/preview/events?after=${encodeURIComponent(generation)}`);
  events.addEventListener("load", () => {
    events.close();
    window.location.reload();
  });
})();
