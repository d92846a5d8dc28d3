// On the review screen, "Comment on …" links choose the section or requirement in the feedback form
// and move focus there without reloading. Without JavaScript the links reload with ?anchor=…
(function () {
  "use strict";
  var form = document.querySelector("[data-feedback-form]");
  if (!form) return;
  var select = form.querySelector("select[name=anchor]");
  var text = form.querySelector("textarea[name=text]");
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-anchor]") : null;
    if (!link || !select) return;
    var value = link.dataset.anchor;
    if (!Array.prototype.some.call(select.options, function (o) { return o.value === value; })) return;
    event.preventDefault();
    select.value = value;
    document.querySelectorAll(".section.highlight").forEach(function (s) { s.classList.remove("highlight"); });
    var section = link.closest(".section");
    if (section) section.classList.add("highlight");
    form.scrollIntoView({ block: "center" });
    if (text) text.focus();
  });
})();

// Assessments: each requirement's form posts with fetch and its block is replaced in place; focus then
// moves to the next requirement's form, so a reviewer goes through them one after another by keyboard.
// Without JavaScript the form posts and the page comes back to the requirement's row.
(function () {
  "use strict";
  function firstControl(block) {
    return block && (block.querySelector("button[data-confirm]") || block.querySelector("select[name=status]"));
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-assess-form]") || !window.fetch) return;
    event.preventDefault();
    var data = new FormData(form);
    var submitter = event.submitter;
    if (submitter && submitter.name) data.set(submitter.name, submitter.value);
    var block = form.closest("[data-assessment]");
    var error = form.querySelector("[data-assess-error]");
    fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (answer) {
        if (!answer.ok) {
          if (error) { error.textContent = answer.body.error || ""; error.hidden = false; }
          return;
        }
        var holder = document.createElement("div");
        holder.innerHTML = answer.body.html;
        var fresh = holder.firstElementChild;
        block.replaceWith(fresh);
        var blocks = Array.prototype.slice.call(document.querySelectorAll("[data-assessment]"));
        var next = blocks[blocks.indexOf(fresh) + 1];
        var control = firstControl(next) || firstControl(fresh);
        if (control) control.focus();
      })
      .catch(function () { form.submit(); });
  });
})();
