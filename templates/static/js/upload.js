// Upload a plan without leaving the page: drag and drop onto the file field (or choose the file), send
// it with upload progress, then follow the check live (queued, checking, done) by polling its status.
// Without JavaScript the form posts as usual and the version page shows the same.
(function () {
  "use strict";
  var form = document.querySelector("[data-upload-form]");
  var panel = document.querySelector("[data-upload-progress]");
  var textsNode = document.querySelector("[data-upload-texts]");
  if (!form || !panel || !textsNode || !window.FormData || !window.XMLHttpRequest) return;
  var texts = textsNode.dataset;
  var input = form.querySelector("input[type=file]");
  var zone = form.querySelector("[data-dropzone]");
  var errorNode = form.querySelector("[data-upload-error]");
  var message = panel.querySelector("[data-upload-message]");
  var bar = panel.querySelector("progress");
  var reportLink = panel.querySelector("[data-upload-report]");
  var order = ["upload", "queued", "checking", "checked"];

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_m, key) { return values[key] != null ? values[key] : ""; });
  }
  function showError(text) {
    errorNode.textContent = text;
    errorNode.hidden = false;
    input.setAttribute("aria-invalid", "true");
    input.focus();
  }
  function clearError() {
    errorNode.textContent = "";
    errorNode.hidden = true;
    input.removeAttribute("aria-invalid");
  }
  function step(name) {
    var reached = order.indexOf(name);
    panel.querySelectorAll("[data-step]").forEach(function (li) {
      var at = order.indexOf(li.dataset.step);
      li.classList.toggle("done", at < reached || (name === "checked" && at === reached));
      li.classList.toggle("current", at === reached && name !== "checked");
      if (at === reached) li.setAttribute("aria-current", "step"); else li.removeAttribute("aria-current");
    });
  }
  function isDocx(file) { return /\.docx$/i.test(file.name); }
  var maxBytes = parseInt(form.dataset.maxBytes || "0", 10);
  function megabytes(bytes) {
    var lang = document.documentElement.lang || undefined;
    return (bytes / 1048576).toLocaleString(lang, { maximumFractionDigits: 1 }) + " MB";
  }
  function tooLarge(file) {
    // Refused here, before a byte is sent: the server would answer 413 after the whole upload.
    return maxBytes > 0 && file.size > maxBytes
      ? fill(texts.tooLarge, { size: megabytes(file.size), max: form.dataset.maxLabel || megabytes(maxBytes) })
      : "";
  }

  if (zone) {
    ["dragenter", "dragover"].forEach(function (type) {
      zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add("dragging"); });
    });
    ["dragleave", "dragend"].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove("dragging"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      zone.classList.remove("dragging");
      var files = event.dataTransfer && event.dataTransfer.files;
      if (!files || !files.length) return;
      if (!isDocx(files[0])) { showError(texts.wrongType); return; }
      clearError();
      input.files = files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  function poll(url, delay) {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { window.setTimeout(function () { poll(url, Math.min(delay * 1.5, 10000)); }, delay); return; }
        follow(data);
        if (!data.settled) window.setTimeout(function () { poll(url, Math.min(delay * 1.5, 5000)); }, delay);
      })
      .catch(function () { window.setTimeout(function () { poll(url, Math.min(delay * 2, 10000)); }, delay); });
  }
  function follow(data) {
    reportLink.href = data.url;
    if (data.status === "checked") {
      step("checked");
      message.textContent = fill(texts.checked, data.counts || {});
      reportLink.hidden = false;
      reportLink.focus();
    } else if (data.status === "failed") {
      step("checking");
      message.textContent = fill(texts.failed, { failure: data.failure || "" });
      reportLink.hidden = false;
    } else {
      step(data.status === "checking" ? "checking" : "queued");
      message.textContent = data.status === "checking" ? texts.checking : texts.queued;
    }
  }

  input.addEventListener("change", function () {
    var file = input.files && input.files[0];
    if (file && tooLarge(file)) showError(tooLarge(file)); else clearError();
  });

  form.addEventListener("submit", function (event) {
    var file = input.files && input.files[0];
    if (!file) return;  // the browser's own required check speaks
    event.preventDefault();
    if (!isDocx(file)) { showError(texts.wrongType); return; }
    if (tooLarge(file)) { showError(tooLarge(file)); return; }
    clearError();
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 100);
    });
    request.addEventListener("load", function () {
      var data = null;
      try { data = JSON.parse(request.responseText); } catch (e) { data = null; }
      if (request.status === 201 && data) {
        bar.value = 100;
        follow(data);
        poll(data.status_url, 800);
      } else if (data && data.errors) {
        panel.hidden = true;
        form.hidden = false;
        var all = [];
        Object.keys(data.errors).forEach(function (key) { all = all.concat(data.errors[key]); });
        showError(all.join(" "));
      } else {
        // The server's own words when it gave any (413 too large, 503/507 storage): they say what to do.
        panel.hidden = true;
        form.hidden = false;
        showError(data && data.detail ? data.detail : texts.error);
      }
    });
    request.addEventListener("error", function () { panel.hidden = true; form.hidden = false; showError(texts.error); });
    form.hidden = true;
    panel.hidden = false;
    step("upload");
    message.textContent = texts.uploading;
    request.send(new FormData(form));
  });
})();
