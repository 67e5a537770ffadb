/* vanban review page: keyboard shortcuts and small behaviours (no inline scripts: CSP 'self').
   a = approve and go to the next queued record, n / j = next, e = edit, ? = help, Esc = cancel. */
(function () {
  "use strict";

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function queueRows() { return Array.prototype.slice.call(document.querySelectorAll("tr.qrow")); }

  function selectRow(rows, index) {
    rows.forEach(function (r) { r.classList.remove("sel"); });
    var row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (row) { row.classList.add("sel"); row.scrollIntoView({ block: "nearest" }); }
  }

  function reveal(pane, element) {
    if (!pane || !element) { return; }
    var offset = element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop = Math.max(0, pane.scrollTop + offset - pane.clientHeight / 3);
  }

  function scrollToFocus() {
    reveal(document.getElementById("texts"), document.querySelector("table.lines tr.focus"));
    reveal(document.getElementById("records"), document.querySelector("table.recs tr.focus"));
    var box = document.getElementById("focus-box");
    var scan = document.getElementById("scan");
    var svg = document.getElementById("page-svg");
    if (box && scan && svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width) {
      var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      var y = box.y.baseVal.value * scale;
      var x = box.x.baseVal.value * scale;
      scan.scrollTop = Math.max(0, y - scan.clientHeight / 3);
      if (scan.classList.contains("zoom")) { scan.scrollLeft = Math.max(0, x - 40); }
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var page = document.body.getAttribute("data-page");
    if (page === "queue") {
      // a filter applies as soon as it is chosen (the Lọc button stays for keyboards without scripts)
      Array.prototype.forEach.call(document.querySelectorAll("form.filters select"), function (select) {
        select.addEventListener("change", function () { select.form.submit(); });
      });
      var rows = queueRows();
      if (rows.length) { selectRow(rows, 0); }
      rows.forEach(function (row) {
        row.addEventListener("click", function (e) {
          if (e.target.tagName !== "A") { window.location.href = row.getAttribute("data-href"); }
        });
      });
    }
    if (page === "document") {
      scrollToFocus();
      var scan = document.getElementById("scan");
      var svg = document.getElementById("page-svg");
      if (scan && svg) {
        svg.addEventListener("click", function (e) {
          if (e.target.closest && e.target.closest("a")) { return; }
          scan.classList.toggle("zoom");
          scrollToFocus();
        });
      }
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var help = document.getElementById("keys-help");
    if (event.key === "Escape") {
      if (help) { help.hidden = true; }
      var cancel = document.querySelector("tr.editing button.cancel");
      if (cancel) { cancel.click(); }
      return;
    }
    // Enter saves an in-place edit, also from a text box (Shift+Enter: new line)
    var t = event.target;
    if (event.key === "Enter" && !event.shiftKey && t && t.tagName === "TEXTAREA" && t.closest("tr.editing")) {
      var owner = t.form || document.getElementById(t.getAttribute("form"));
      if (owner) { event.preventDefault(); owner.requestSubmit ? owner.requestSubmit() : owner.submit(); }
      return;
    }
    if (typing(event)) { return; }
    var page = document.body.getAttribute("data-page");
    var key = event.key;
    if (key === "?") { if (help) { help.hidden = !help.hidden; } event.preventDefault(); return; }
    if (page === "queue") {
      // a filter applies as soon as it is chosen (the Lọc button stays for keyboards without scripts)
      Array.prototype.forEach.call(document.querySelectorAll("form.filters select"), function (select) {
        select.addEventListener("change", function () { select.form.submit(); });
      });
      var rows = queueRows();
      var current = rows.findIndex(function (r) { return r.classList.contains("sel"); });
      if (key === "j" || key === "n") { selectRow(rows, current + 1); event.preventDefault(); }
      else if (key === "k" || key === "p") { selectRow(rows, current - 1); event.preventDefault(); }
      else if (key === "Enter" && current >= 0) { window.location.href = rows[current].getAttribute("data-href"); }
      return;
    }
    if (page === "document") {
      if (key === "a") {
        var form = document.getElementById("approve-form");
        if (form) { event.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.submit(); }
      } else if (key === "n" || key === "j") {
        var next = document.body.getAttribute("data-next");
        if (next) { event.preventDefault(); window.location.href = next; }
      } else if (key === "e") {
        var edit = document.getElementById("edit-btn");
        if (edit) { event.preventDefault(); edit.click(); }
      }
    }
  });

  // after an in-place edit opens, put the cursor in its first field
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail && event.detail.target;
    var row = target && target.id ? document.getElementById(target.id) : null;
    if (row && row.classList.contains("editing")) {
      var first = row.querySelector(".bad") || row.querySelector("textarea, input:not([type=hidden]), select");
      if (first) { first.focus(); if (first.select) { first.select(); } }
    }
  });
})();
