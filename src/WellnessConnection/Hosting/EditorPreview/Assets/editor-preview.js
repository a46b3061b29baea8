/*! Wellness Connection editor preview: loads the page again after each load of the content folder. */
// The page names the validation report it was made with (data-load-report on <html>). The server's event stream
// (data-events) sends the latest report's id when it opens, then one after each reload, successful or not: any id
// other than the page's means the files changed since, so the page is loaded again. A file saved between the page
// and the stream's opening is caught by the first event; a restarted server has new ids.
(function () {
  "use strict";
  var root = document.documentElement;
  var shown = root.getAttribute("data-load-report");
  var address = root.getAttribute("data-events");
  if (!address || !window.EventSource) {
    return;
  }
  var events = new EventSource(address);
  events.addEventListener("reload", function (event) {
    var report;
    try {
      report = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (report && report.id && report.id !== shown) {
      events.close();
      window.location.reload();
    }
  });
  root.setAttribute("data-live", "listening");
  events.addEventListener("open", function () {
    root.setAttribute("data-live", "open");
  });
})();
