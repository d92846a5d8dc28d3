// Polls the check status of a version until it is settled, then reloads to show the result.
(function () {
  var el = document.getElementById("check-status");
  if (!el || el.dataset.settled === "true") return;
  var url = el.dataset.statusUrl;
  var last = null;
  var delay = 1000;
  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        if (data.settled) { window.location.reload(); return; }
        if (data.status !== last) { last = data.status; el.textContent = data.label; }
      })
      .catch(function () {})
      .finally(function () { delay = Math.min(delay * 1.5, 10000); window.setTimeout(poll, delay); });
  }
  window.setTimeout(poll, delay);
})();
