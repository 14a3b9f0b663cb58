/* kg facts table: sortable, searchable, paged. Cells are filled with textContent only. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var C = {};
  data.columns.forEach(function (name, i) { C[name] = i; });
  var STATUS_ORDER = { occurred: 0, planned: 1, requested: 2, negated: 3 };
  var RELATION_COLOURS = { "met with": "#1f5f99", "criticized": "#d62728", "visited": "#b8860b" };

  var q = document.getElementById("kg-q");
  var relationSelect = document.getElementById("kg-relation");
  var statusSelect = document.getElementById("kg-status");
  var pageSizeSelect = document.getElementById("kg-page-size");
  var tbody = document.querySelector("#kg-facts tbody");
  var shownText = document.getElementById("kg-shown");
  var pageText = document.getElementById("kg-page");
  var prev = document.getElementById("kg-prev");
  var next = document.getElementById("kg-next");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function norm(text) {
    return String(text === null || text === undefined ? "" : text)
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  data.relations.forEach(function (r) { relationSelect.appendChild(el("option", null, r)); });
  data.statuses.forEach(function (s) { statusSelect.appendChild(el("option", null, s)); });

  var rows = data.rows.map(function (r, i) {
    return {
      row: r,
      order: i,
      hay: norm([r[C.subject], r[C.relation], r[C.object], r[C.status], r[C.date], r[C.place],
        r[C.article], r[C.article_date], r[C.article_id], r[C.evidence], r[C.subject_type], r[C.object_type]].join(" \u0001 "))
    };
  });

  var SORT_KEYS = {
    subject: function (r) { return norm(r[C.subject]); },
    relation: function (r) { return r[C.relation]; },
    object: function (r) { return norm(r[C.object]); },
    status: function (r) { return r[C.status] in STATUS_ORDER ? STATUS_ORDER[r[C.status]] : 9; },
    date: function (r) { return r[C.date] || ""; },
    place: function (r) { return norm(r[C.place]); },
    article: function (r) { return (r[C.article_date] || "") + " " + norm(r[C.article] || r[C.article_id]); },
    evidence: function (r) { return norm(r[C.evidence]); },
    confidence: function (r) { return r[C.confidence] === null ? -1 : r[C.confidence]; }
  };

  var sortCol = null, sortDir = 1, page = 0, filtered = rows;
  var entityFilter = []; // IRIs (from the page's address: #entity=IRI&entity=IRI): rows that involve them all
  var entityNote = document.getElementById("kg-entity-filter");

  function compare(a, b) {
    if (!sortCol) return a.order - b.order;
    var ka = SORT_KEYS[sortCol](a.row), kb = SORT_KEYS[sortCol](b.row);
    var emptyA = ka === "" || ka === -1, emptyB = kb === "" || kb === -1;
    if (emptyA !== emptyB) return emptyA ? 1 : -1; // blanks last, whichever the direction
    if (ka < kb) return -sortDir;
    if (ka > kb) return sortDir;
    return a.order - b.order;
  }

  function terms() {
    return norm(q.value).split(/\s+/).filter(function (t) { return t.length > 0; });
  }

  function refilter() {
    var ts = terms();
    var rel = relationSelect.value, st = statusSelect.value;
    filtered = rows.filter(function (item) {
      for (var e = 0; e < entityFilter.length; e++) {
        if (item.row[C.subject_iri] !== entityFilter[e] && item.row[C.object_iri] !== entityFilter[e]) return false;
      }
      if (rel && item.row[C.relation] !== rel) return false;
      if (st && item.row[C.status] !== st) return false;
      for (var i = 0; i < ts.length; i++) if (item.hay.indexOf(ts[i]) === -1) return false;
      return true;
    });
    filtered.sort(compare);
    page = 0;
    render();
  }

  function marked(text, ts) {
    // text with the search terms in <mark>, built from text nodes (accent-insensitive, same length)
    var frag = document.createDocumentFragment();
    text = String(text || "");
    var folded = norm(text);
    if (folded.length !== text.length || !ts.length) {
      frag.appendChild(document.createTextNode(text));
      return frag;
    }
    var spans = [];
    ts.forEach(function (t) {
      var at = folded.indexOf(t);
      while (at !== -1) { spans.push([at, at + t.length]); at = folded.indexOf(t, at + t.length); }
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pos = 0;
    spans.forEach(function (s) {
      if (s[0] < pos) return;
      if (s[0] > pos) frag.appendChild(document.createTextNode(text.slice(pos, s[0])));
      frag.appendChild(el("mark", null, text.slice(s[0], s[1])));
      pos = s[1];
    });
    if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
    return frag;
  }

  function cell(tr, className, content) {
    var td = el("td", className);
    if (content !== null && content !== undefined) {
      if (typeof content === "string" || typeof content === "number") td.textContent = String(content);
      else td.appendChild(content);
    }
    tr.appendChild(td);
    return td;
  }

  function render() {
    var size = Number(pageSizeSelect.value) || filtered.length || 1;
    var pages = Math.max(1, Math.ceil(filtered.length / size));
    if (page >= pages) page = pages - 1;
    var start = page * size, end = Math.min(filtered.length, start + size);
    var ts = terms();
    var body = document.createDocumentFragment();
    for (var i = start; i < end; i++) {
      var r = filtered[i].row;
      var tr = el("tr");
      cell(tr, "kg-subject", marked(r[C.subject], ts));
      var rel = el("span", "kg-rel", r[C.relation]);
      if (RELATION_COLOURS[r[C.relation]]) rel.style.color = RELATION_COLOURS[r[C.relation]];
      cell(tr, null, rel);
      cell(tr, "kg-object", marked(r[C.object], ts));
      cell(tr, null, el("span", "kg-status kg-status-" + String(r[C.status]).replace(/[^a-z]/g, ""), r[C.status]));
      cell(tr, "kg-date", r[C.date] || "");
      cell(tr, "kg-place", r[C.place] ? marked(r[C.place], ts) : "");
      var art = document.createDocumentFragment();
      art.appendChild(marked(r[C.article] || r[C.article_id] || "", ts));
      var meta = el("span", "kg-meta", [r[C.article_date], r[C.article_id]].filter(Boolean).join(" · "));
      var url = r[C.source];
      if (typeof url === "string" && /^https?:\/\/[^\s<>"']+$/i.test(url)) {
        var a = el("a", null, "source");
        a.href = url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        meta.appendChild(document.createTextNode(" · "));
        meta.appendChild(a);
      }
      art.appendChild(meta);
      cell(tr, "kg-article-cell", art);
      cell(tr, "kg-evidence-cell", marked(r[C.evidence], ts));
      cell(tr, "kg-num", r[C.confidence] === null ? "" : Number(r[C.confidence]).toFixed(2));
      body.appendChild(tr);
    }
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    tbody.appendChild(body);
    var total = rows.length.toLocaleString("en");
    shownText.textContent = filtered.length
      ? "Rows " + (start + 1).toLocaleString("en") + "–" + end.toLocaleString("en") + " of " +
        filtered.length.toLocaleString("en") + " matching facts (" + total + " in all)."
      : "No fact matches (" + total + " in all).";
    pageText.textContent = "Page " + (page + 1) + " of " + pages;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  document.querySelectorAll("#kg-facts th").forEach(function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var col = th.getAttribute("data-col");
      if (sortCol === col) sortDir = -sortDir;
      else { sortCol = col; sortDir = 1; }
      document.querySelectorAll("#kg-facts th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", sortDir === 1 ? "ascending" : "descending");
      filtered.sort(compare);
      page = 0;
      render();
    });
  });

  var timer = null;
  q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(refilter, rows.length > 5000 ? 150 : 0);
  });
  relationSelect.addEventListener("change", refilter);
  statusSelect.addEventListener("change", refilter);
  pageSizeSelect.addEventListener("change", function () { page = 0; render(); });
  prev.addEventListener("click", function () { page -= 1; render(); window.scrollTo(0, 0); });
  next.addEventListener("click", function () { page += 1; render(); window.scrollTo(0, 0); });

  function labelOf(iriValue) {
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].row[C.subject_iri] === iriValue) return rows[i].row[C.subject];
      if (rows[i].row[C.object_iri] === iriValue) return rows[i].row[C.object];
    }
    return iriValue;
  }

  function showEntityFilter() {
    while (entityNote.firstChild) entityNote.removeChild(entityNote.firstChild);
    entityNote.hidden = entityFilter.length === 0;
    if (!entityFilter.length) return;
    entityNote.appendChild(document.createTextNode("Only the facts of "));
    entityFilter.forEach(function (iriValue, i) {
      if (i) entityNote.appendChild(document.createTextNode(" and "));
      entityNote.appendChild(el("strong", null, labelOf(iriValue)));
    });
    entityNote.appendChild(document.createTextNode(". "));
    var all = el("button", "kg-show-all", "Show all facts");
    all.type = "button";
    all.addEventListener("click", function () { entityFilter = []; showEntityFilter(); refilter(); });
    entityNote.appendChild(all);
  }

  function fromHash() {
    // #q=words (a search) and #entity=IRI (repeatable), as the network page links here
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    q.value = params.get("q") || "";
    entityFilter = params.getAll("entity");
    showEntityFilter();
    refilter();
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();

  window.kgFacts = { rows: rows, filtered: function () { return filtered; }, refilter: refilter };
  document.body.setAttribute("data-kg-ready", "true");
})();
