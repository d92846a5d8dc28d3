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
