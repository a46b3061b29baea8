/*! Wellness Connection: adds the viewer's local time to each session of the listing page. */
(function () {
  "use strict";
  var EASTERN = "America/Toronto";
  var section = document.querySelector(".wc[data-your-time]");
  if (!section || !window.Intl) {
    return;
  }
  var locale = section.getAttribute("lang") === "fr" ? "fr-CA" : "en-CA";
  var label = section.getAttribute("data-your-time");
  var viewer;
  try {
    viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  function wall(date, zone) {
    return new Intl.DateTimeFormat("en-CA", {
      timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).format(date);
  }
  Array.prototype.forEach.call(section.querySelectorAll(".wc-when time[datetime]"), function (eastern) {
    var date = new Date(eastern.getAttribute("datetime"));
    if (!viewer || isNaN(date.getTime()) || wall(date, viewer) === wall(date, EASTERN)) {
      return;
    }
    var time = document.createElement("time");
    time.setAttribute("datetime", date.toISOString());
    time.textContent = new Intl.DateTimeFormat(locale, {
      weekday: "short", year: "numeric", month: "short", day: "numeric",
      hour: "numeric", minute: "2-digit", timeZoneName: "short"
    }).format(date);
    var line = document.createElement("p");
    line.className = "wc-local";
    line.appendChild(document.createTextNode(label));
    line.appendChild(time);
    var when = eastern.parentNode;
    when.parentNode.insertBefore(line, when.nextSibling);
  });
})();
