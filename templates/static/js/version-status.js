// Follows the check of a version while it runs and, when it is done, shows the report in place
// (fetched as the same page, no reload). Without JavaScript the page says to reload.
(function () {
  "use strict";
  var el = document.getElementById("check-status");
  if (!el || el.dataset.settled === "true" || !window.fetch || !window.DOMParser) return;
  var url = el.dataset.statusUrl;
  var last = null;
  var delay = 800;
  function showReport() {
    fetch(window.location.href, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { window.location.reload(); return; }
        var page = new DOMParser().parseFromString(html, "text/html");
        ["check-status", "report"].forEach(function (id) {
          var fresh = page.getElementById(id);
          var current = document.getElementById(id);
          if (fresh && current) current.innerHTML = fresh.innerHTML;
        });
        var heading = document.getElementById("report-heading");
        if (heading) heading.focus();
      })
      .catch(function () { window.location.reload(); });
  }
  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        if (data.settled) { showReport(); return "settled"; }
        if (data.status !== last) { last = data.status; el.textContent = data.label; }
      })
      .catch(function () {})
      .then(function (state) {
        if (state === "settled") return;
        delay = Math.min(delay * 1.5, 10000);
        window.setTimeout(poll, delay);
      });
  }
  window.setTimeout(poll, delay);
})();
