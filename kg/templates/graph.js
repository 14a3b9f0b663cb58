/* kg network page. Every piece of graph data is untrusted article text: it is only ever put
   into the page with textContent / createElement, never as markup. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var container = document.getElementById("kg-network");
  var card = document.getElementById("kg-card");
  var tip = document.getElementById("kg-tip");

  // ------------------------------------------------------------------ small DOM helpers

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function append(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  var SVG = "http://www.w3.org/2000/svg";

  function lineSwatch(colour, dashes, arrow) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "30");
    svg.setAttribute("height", "10");
    svg.setAttribute("class", "kg-swatch");
    svg.setAttribute("aria-hidden", "true");
    var line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", "1");
    line.setAttribute("y1", "5");
    line.setAttribute("x2", arrow ? "22" : "29");
    line.setAttribute("y2", "5");
    line.setAttribute("stroke", colour);
    line.setAttribute("stroke-width", "3");
    if (dashes && dashes.length) line.setAttribute("stroke-dasharray", dashes.join(" "));
    svg.appendChild(line);
    if (arrow) {
      var head = document.createElementNS(SVG, "polygon");
      head.setAttribute("points", "21,0 29,5 21,10");
      head.setAttribute("fill", colour);
      svg.appendChild(head);
    }
    return svg;
  }

  function dot(colour) {
    var span = el("span", "kg-dot");
    span.style.background = colour;
    return span;
  }

  function statusBadge(status) {
    return el("span", "kg-status kg-status-" + status.replace(/[^a-z]/g, ""), status);
  }

  function norm(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function plural(n, one, many) {
    return n.toLocaleString("en") + " " + (n === 1 ? one : many || one + "s");
  }

  function safeWebUrl(url) {
    return typeof url === "string" && /^https?:\/\/[^\s<>"']+$/i.test(url) ? url : null;
  }

  function factsHref(iris) {
    if (!data.meta.facts_href) return null;
    return data.meta.facts_href + "#" + iris.map(function (i) { return "entity=" + encodeURIComponent(i); }).join("&");
  }

  // ------------------------------------------------------------------ data indexes

  var relationInfo = {};
  data.relations.forEach(function (r) { relationInfo[r.name] = r; });
  var typeColour = {};
  data.types.forEach(function (t) { typeColour[t.name] = t.colour; });
  var cardOf = {};
  var nodeType = {};
  var nodeLabel = {};
  data.nodes.forEach(function (n, i) {
    cardOf[n.id] = data.cards[i];
    nodeType[n.id] = n.type;
    nodeLabel[n.id] = n.label;
  });
  var edgeOf = {};
  var evidenceOf = {};
  var edgeDates = {};
  var edgesAt = {};
  data.nodes.forEach(function (n) { edgesAt[n.id] = []; });
  data.edges.forEach(function (e, i) {
    edgeOf[e.id] = e;
    evidenceOf[e.id] = data.evidence[i];
    edgeDates[e.id] = data.evidence[i].map(function (item) { return item.event_date || item.date || null; });
    edgesAt[e.from].push(e.id);
    if (e.to !== e.from) edgesAt[e.to].push(e.id);
  });

  function relationLabel(name) {
    return relationInfo[name] ? relationInfo[name].label : name;
  }

  function relationColour(name) {
    return relationInfo[name] ? relationInfo[name].colour : "#7f7f7f";
  }

  // ------------------------------------------------------------------ the network

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var big = data.edges.length > 2000;
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, hierarchical: { enabled: false } },
    interaction: {
      hover: true,
      hoverConnectedEdges: true,
      tooltipDelay: 3600000,
      multiselect: false,
      navigationButtons: false,
      keyboard: false,
      hideEdgesOnDrag: big,
      hideEdgesOnZoom: big
    },
    nodes: {
      shape: "dot",
      borderWidth: 1.5,
      borderWidthSelected: 3,
      font: {
        face: "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif",
        color: "#1d2330",
        strokeWidth: 4,
        strokeColor: "#ffffff"
      },
      scaling: { label: { enabled: false, drawThreshold: 7, maxVisible: 28 } }
    },
    edges: {
      smooth: false,
      selectionWidth: 2,
      hoverWidth: 1,
      font: { size: 12, color: "#2b3140", strokeWidth: 4, strokeColor: "#ffffff", align: "middle" }
    }
  });

  function fit(animate) {
    // vis-network's fit() leaves labels at the border cut off: fit, then step back a little.
    var before = { position: network.getViewPosition(), scale: network.getScale() };
    network.fit({ animation: false });
    var target = { position: network.getViewPosition(), scale: network.getScale() * 0.9 };
    if (animate) {
      network.moveTo(before);
      target.animation = { duration: 350, easingFunction: "easeInOutQuad" };
    }
    network.moveTo(target);
  }

  function legibleLabels() {
    // A small network shows every label at 12 px or more at the starting zoom. (A big one keeps
    // its sizes from Python: the best connected are readable, the rest appear as one zooms in.)
    if (data.nodes.length > 150) return;
    var scale = network.getScale();
    var minPx = 12;
    var changes = data.nodes
      .filter(function (n) { return n.font.size * scale < minPx; })
      .map(function (n) { return { id: n.id, font: { size: Math.ceil(minPx / scale) } }; });
    if (changes.length) nodes.update(changes);
  }

  // ------------------------------------------------------------------ hover tips

  function showTip(pointer, title, lines) {
    clear(tip);
    append(tip, el("div", "kg-tip-title", title));
    lines.forEach(function (line) { if (line) append(tip, el("div", "kg-tip-line", line)); });
    tip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = box.left + pointer.DOM.x + 14;
    var y = box.top + pointer.DOM.y + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 8) x = Math.max(8, box.left + pointer.DOM.x - w - 14);
    if (y + h > window.innerHeight - 8) y = Math.max(8, box.top + pointer.DOM.y - h - 14);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  function hideTip() {
    tip.hidden = true;
  }

  function shorten(text, max) {
    text = String(text || "");
    return text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text;
  }

  network.on("hoverNode", function (params) {
    var c = cardOf[params.node];
    showTip(params.pointer, c.label, [
      c.type + " · linked to " + plural(c.degree, "entity", "entities") + " · " + plural(c.facts, "fact"),
      c.alt.length ? "also: " + shorten(c.alt.join("; "), 90) : "",
      "click for the card"
    ]);
  });
  network.on("hoverEdge", function (params) {
    var e = edgeOf[params.edge];
    var ev = evidenceOf[params.edge];
    showTip(params.pointer, nodeLabel[e.from] + " " + relationLabel(e.relation) + " " + nodeLabel[e.to], [
      e.status + " · " + plural(e.sources, "article") + " · " + plural(ev.length, "sentence"),
      ev.length ? "“" + shorten(ev[0].text, 160) + "”" : "",
      "click for all the evidence"
    ]);
  });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  container.addEventListener("mouseleave", hideTip);

  // ------------------------------------------------------------------ cards

  function nodeButton(id) {
    var button = el("button", "kg-linkbutton", nodeLabel[id]);
    button.type = "button";
    button.addEventListener("click", function () { focusNode(id); });
    return button;
  }

  function factsLink(iris, text) {
    var href = factsHref(iris);
    if (!href) return null;
    var a = el("a", "kg-facts-jump", text);
    a.href = href;
    return append(el("p"), a);
  }

  function definition(list, term, value) {
    if (value === null || value === undefined || value === "") return;
    var dd = el("dd");
    append(dd, value);
    append(list, el("dt", null, term), dd);
  }

  function countPhrase(relation, way) {
    var label = relationLabel(relation);
    if (way === "in") return label + " by";
    return label;
  }

  function showPlaceholder() {
    clear(card);
    append(card, el("p", "kg-placeholder",
      "Click an entity or a link to see who it is, what links it, and the sentences that say so."));
  }

  function showEntity(id) {
    var c = cardOf[id];
    if (!c) return;
    clear(card);
    var box = el("div", "kg-card kg-entity-card");
    box.setAttribute("data-node", String(id));
    append(box, append(el("h2", "kg-card-title"), dot(typeColour[c.type] || "#bab0ac"), el("span", null, c.label)));
    append(box, el("p", "kg-card-sub",
      c.type + " · linked to " + plural(c.degree, "entity", "entities") + " · " +
      plural(c.facts, "fact") + " in " + plural(c.articles, "article")));
    if (nodes.get(id) && nodes.get(id).hidden) {
      var note = el("p", "kg-note", "Hidden by the current filters. ");
      var reset = el("button", "kg-linkbutton", "Reset filters");
      reset.type = "button";
      reset.addEventListener("click", function () { resetFilters(); focusNode(id); });
      append(box, append(note, reset));
    }
    var list = el("dl");
    definition(list, "Other names", c.alt.length ? c.alt.join("; ") : null);
    definition(list, "Roles", c.roles.length ? c.roles.join("; ") : null);
    if (c.wikidata && /^Q[1-9][0-9]*$/.test(c.wikidata)) {
      var wd = el("a", "kg-wikidata", c.wikidata);
      wd.href = "https://www.wikidata.org/wiki/" + c.wikidata;
      wd.target = "_blank";
      wd.rel = "noopener noreferrer";
      definition(list, "Wikidata", wd);
    }
    definition(list, "IRI", el("span", "kg-iri", c.iri));
    append(box, list);

    // facts per relation, direction and status, over the whole graph
    var groups = {};
    var order = [];
    c.counts.forEach(function (row) {
      var key = row[0] + "|" + row[1];
      if (!groups[key]) { groups[key] = { relation: row[0], way: row[1], total: 0, statuses: [] }; order.push(key); }
      groups[key].total += row[3];
      groups[key].statuses.push([row[2], row[3]]);
    });
    if (order.length) {
      append(box, el("h3", null, "Facts"));
      var ul = el("ul", "kg-plain kg-counts");
      order.forEach(function (key) {
        var g = groups[key];
        var li = el("li");
        append(li, lineSwatch(relationColour(g.relation), null, relationInfo[g.relation] && relationInfo[g.relation].directed), " ",
          el("strong", null, countPhrase(g.relation, g.way)), " " + g.total.toLocaleString("en"));
        var detail = g.statuses.map(function (s) { return s[1] + " " + s[0]; }).join(", ");
        append(li, el("span", "kg-muted", " (" + detail + ")"));
        ul.appendChild(li);
      });
      append(box, ul);
    }

    // neighbours in this view
    var neighbours = {};
    edgesAt[id].forEach(function (eid) {
      var e = edgeOf[eid];
      var other = e.from === id ? e.to : e.from;
      if (!neighbours[other]) neighbours[other] = {};
      neighbours[other][relationLabel(e.relation)] = true;
    });
    var ids = Object.keys(neighbours).map(Number).sort(function (a, b) {
      return nodeLabel[a].localeCompare(nodeLabel[b]);
    });
    if (ids.length) {
      append(box, el("h3", null, "Linked entities in this view (" + ids.length + ")"));
      var nl = el("ul", "kg-plain kg-neighbours");
      ids.slice(0, 80).forEach(function (other) {
        append(nl, append(el("li"), nodeButton(other),
          el("span", "kg-muted", " · " + Object.keys(neighbours[other]).join(", "))));
      });
      if (ids.length > 80) append(nl, el("li", "kg-muted", "… and " + (ids.length - 80) + " more"));
      append(box, nl);
    }
    append(box, factsLink([c.iri], "All " + plural(c.facts, "fact") + " in the facts table →"));
    card.appendChild(box);
  }

  function highlight(text, terms) {
    // the sentence as text nodes, with the names of the two entities in <mark>
    var frag = document.createDocumentFragment();
    var lower = text.toLowerCase();
    var marks = [];
    terms.forEach(function (term) {
      var t = term.toLowerCase();
      if (t.length < 3) return;
      var at = lower.indexOf(t);
      while (at !== -1) {
        marks.push([at, at + t.length]);
        at = lower.indexOf(t, at + t.length);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) return;
      if (m[0] > pos) frag.appendChild(document.createTextNode(text.slice(pos, m[0])));
      frag.appendChild(el("mark", null, text.slice(m[0], m[1])));
      pos = m[1];
    });
    if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
    return frag;
  }

  function unique(values) {
    var seen = {};
    var out = [];
    values.forEach(function (v) { if (v && !seen[v]) { seen[v] = true; out.push(v); } });
    return out;
  }

  function showEdge(id) {
    var e = edgeOf[id];
    if (!e) return;
    var ev = evidenceOf[id];
    clear(card);
    var box = el("div", "kg-card kg-edge-card");
    box.setAttribute("data-edge", String(id));
    var title = el("div", "kg-edge-title");
    var rel = el("span", "kg-relation", relationLabel(e.relation) + (relationInfo[e.relation] && relationInfo[e.relation].directed ? " →" : ""));
    rel.style.color = relationColour(e.relation);
    append(title, nodeButton(e.from), rel, nodeButton(e.to));
    append(box, title);
    append(box, append(el("p", "kg-card-sub"), statusBadge(e.status), " " +
      plural(ev.length, "evidence sentence") + " from " + plural(e.sources, "article")));
    var list = el("dl");
    definition(list, "Status", e.status);
    var eventDates = unique(ev.map(function (item) { return item.event_date; })).sort();
    definition(list, "Date", eventDates.length ? eventDates.join(", ") : "not stated");
    var places = unique(ev.map(function (item) { return item.place; })).sort();
    definition(list, "Place", places.length ? places.join("; ") : "not stated");
    var articleDates = unique(ev.map(function (item) { return item.date; })).sort();
    if (articleDates.length) {
      definition(list, "Reported", articleDates.length === 1 ? articleDates[0]
        : articleDates[0] + " to " + articleDates[articleDates.length - 1]);
    }
    append(box, list);

    append(box, el("h3", null, "Evidence"));
    var terms = [cardOf[e.from].label, cardOf[e.to].label].concat(cardOf[e.from].alt, cardOf[e.to].alt)
      .sort(function (a, b) { return b.length - a.length; });
    var ol = el("ol", "kg-evidence");
    ev.forEach(function (item) {
      var li = el("li");
      var quote = el("blockquote");
      append(quote, "“", highlight(item.text, terms), "”");
      li.appendChild(quote);
      var meta = el("div", "kg-meta");
      append(meta, el("span", "kg-article", item.title || item.article || "unknown article"));
      if (item.date) append(meta, " · " + item.date);
      var extra = [];
      if (item.event_date) extra.push("event date " + item.event_date);
      if (item.place) extra.push("in " + item.place);
      if (item.confidence !== null && item.confidence !== undefined) extra.push("confidence " + Number(item.confidence).toFixed(2));
      if (item.article) extra.push(item.article);
      if (extra.length) append(meta, el("br"), extra.join(" · "));
      var url = safeWebUrl(item.source);
      if (url) {
        var a = el("a", null, "source");
        a.href = url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        append(meta, " · ", a);
      }
      li.appendChild(meta);
      ol.appendChild(li);
    });
    append(box, ol);
    append(box, factsLink([cardOf[e.from].iri, cardOf[e.to].iri], "Their facts in the facts table →"));
    card.appendChild(box);
  }

  function showOmitted(entry) {
    clear(card);
    var box = el("div", "kg-card kg-omitted-card");
    append(box, append(el("h2", "kg-card-title"), dot(typeColour[entry.type] || "#bab0ac"), el("span", null, entry.label)));
    append(box, el("p", "kg-card-sub", entry.type + " · " + plural(entry.facts, "fact")));
    append(box, el("p", "kg-note", "Not drawn: this view shows the " +
      data.meta.entities_shown.toLocaleString("en") + " most connected entities only."));
    var list = el("dl");
    definition(list, "Other names", entry.alts.length ? entry.alts.join("; ") : null);
    append(box, list);
    append(box, factsLink([entry.iri], "Its facts in the facts table →"));
    card.appendChild(box);
  }

  network.on("click", function (params) {
    hideTip();
    if (params.nodes.length) showEntity(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else showPlaceholder();
  });

  function focusNode(id) {
    var n = nodes.get(id);
    if (!n) return;
    if (!n.hidden) {
      network.selectNodes([id]);
      network.focus(id, {
        scale: Math.max(network.getScale(), 1.1),
        animation: { duration: 450, easingFunction: "easeInOutQuad" }
      });
    }
    showEntity(id);
  }

  // ------------------------------------------------------------------ search

  var search = document.getElementById("kg-search");
  var results = document.getElementById("kg-search-results");
  var index = data.nodes.map(function (n, i) {
    var c = data.cards[i];
    return { id: n.id, label: c.label, alts: c.alt, type: c.type, facts: c.facts, degree: c.degree,
      key: norm(c.label), altKeys: c.alt.map(norm), shown: true };
  });
  data.omitted.forEach(function (o) {
    index.push({ id: null, label: o[0], alts: o[1], type: o[2], facts: o[3], iri: o[4], degree: -1,
      key: norm(o[0]), altKeys: o[1].map(norm), shown: false });
  });
  var matches = [];
  var active = -1;

  function score(entry, q) {
    var best = Infinity;
    if (entry.key === q) best = 0;
    else if (entry.key.indexOf(q) === 0) best = 1;
    else if ((" " + entry.key).indexOf(" " + q) !== -1) best = 2;
    else if (entry.key.indexOf(q) !== -1) best = 4;
    for (var i = 0; i < entry.altKeys.length && best > 0.5; i++) {
      var a = entry.altKeys[i];
      if (a === q) best = Math.min(best, 0.5);
      else if (a.indexOf(q) === 0) best = Math.min(best, 1.5);
      else if ((" " + a).indexOf(" " + q) !== -1) best = Math.min(best, 2.5);
      else if (a.indexOf(q) !== -1) best = Math.min(best, 4.5);
    }
    return best;
  }

  function findEntities(text) {
    var q = norm(text).trim();
    if (!q) return [];
    var found = [];
    index.forEach(function (entry) {
      var s = score(entry, q);
      if (s !== Infinity) found.push([s, entry]);
    });
    found.sort(function (a, b) {
      return a[0] - b[0] || (b[1].shown - a[1].shown) || (b[1].degree - a[1].degree) ||
        a[1].label.localeCompare(b[1].label);
    });
    return found.slice(0, 12).map(function (f) { return f[1]; });
  }

  function renderResults() {
    clear(results);
    if (!matches.length) {
      if (search.value.trim()) {
        append(results, el("li", "kg-muted", "No entity matches."));
        results.hidden = false;
      } else {
        results.hidden = true;
      }
      return;
    }
    var q = norm(search.value).trim();
    matches.forEach(function (entry, i) {
      var li = el("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      append(li, dot(typeColour[entry.type] || "#bab0ac"), " ", el("span", null, entry.label));
      var alt = entry.alts.filter(function (a) { return norm(a).indexOf(q) !== -1; });
      var sub = [entry.type];
      if (alt.length && entry.key.indexOf(q) === -1) sub.push("also " + alt.slice(0, 3).join("; "));
      var subline = el("span", "kg-alt", sub.join(" · "));
      if (!entry.shown) append(subline, " · ", el("span", "kg-out", "not in this view"));
      li.appendChild(subline);
      li.addEventListener("mousedown", function (event) { event.preventDefault(); pick(entry); });
      results.appendChild(li);
    });
    results.hidden = false;
  }

  function pick(entry) {
    results.hidden = true;
    if (!entry) return;
    search.value = entry.label;
    if (entry.shown) focusNode(entry.id);
    else showOmitted(entry);
  }

  search.addEventListener("input", function () {
    matches = findEntities(search.value);
    active = matches.length ? 0 : -1;
    renderResults();
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!matches.length) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
      renderResults();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!matches.length) matches = findEntities(search.value);
      pick(matches[active >= 0 ? active : 0]);
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });
  search.addEventListener("blur", function () { results.hidden = true; });
  search.addEventListener("focus", function () { if (matches.length) renderResults(); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== search &&
        !(document.activeElement && /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName))) {
      event.preventDefault();
      search.focus();
    }
  });

  // ------------------------------------------------------------------ filters

  var checks = { relation: {}, status: {}, type: {} };

  function filterBox(kind, name, swatch, text, count) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = name;
    box.setAttribute("data-filter", kind);
    box.addEventListener("change", applyFilters);
    checks[kind][name] = box;
    append(label, box, swatch, el("span", null, text), el("span", "kg-count", count.toLocaleString("en")));
    return label;
  }

  var relationBoxes = document.getElementById("kg-filter-relation");
  data.relations.forEach(function (r) {
    relationBoxes.appendChild(filterBox("relation", r.name, lineSwatch(r.colour, null, r.directed), r.label, r.count));
  });
  var statusBoxes = document.getElementById("kg-filter-status");
  data.statuses.forEach(function (s) {
    statusBoxes.appendChild(filterBox("status", s.name, lineSwatch("#4a5060", s.dashes || null, false), s.name, s.count));
  });
  var typeBoxes = document.getElementById("kg-filter-type");
  data.types.forEach(function (t) {
    typeBoxes.appendChild(filterBox("type", t.name, dot(t.colour), t.name, t.count));
  });

  var dateFrom = document.getElementById("kg-date-from");
  var dateTo = document.getElementById("kg-date-to");
  var undated = document.getElementById("kg-undated");
  if (data.dates) {
    document.getElementById("kg-date-section").hidden = false;
    [dateFrom, dateTo].forEach(function (input) {
      input.min = data.dates.min;
      input.max = data.dates.max;
      input.addEventListener("change", applyFilters);
    });
    dateFrom.value = data.dates.min;
    dateTo.value = data.dates.max;
    undated.addEventListener("change", applyFilters);
  }

  function checked(kind) {
    var set = {};
    Object.keys(checks[kind]).forEach(function (name) { if (checks[kind][name].checked) set[name] = true; });
    return set;
  }

  var visibleText = document.getElementById("kg-visible");

  function applyFilters() {
    var rel = checked("relation"), st = checked("status"), ty = checked("type");
    var from = data.dates ? dateFrom.value : "", to = data.dates ? dateTo.value : "";
    var withUndated = !data.dates || undated.checked;
    var everything = Object.keys(rel).length === data.relations.length &&
      Object.keys(st).length === data.statuses.length &&
      (!data.dates || (from <= data.dates.min && (!to || to >= data.dates.max) && withUndated));
    var degree = {};
    var edgeChanges = [];
    var shownEdges = 0;
    data.edges.forEach(function (e) {
      var ok = rel[e.relation] && st[e.status] && ty[nodeType[e.from]] && ty[nodeType[e.to]];
      if (ok && data.dates) {
        ok = edgeDates[e.id].some(function (d) {
          return d === null ? withUndated : (!from || d >= from) && (!to || d <= to);
        });
      }
      ok = !!ok;
      if (ok) {
        shownEdges++;
        degree[e.from] = (degree[e.from] || 0) + 1;
        degree[e.to] = (degree[e.to] || 0) + 1;
      }
      if (!!edges.get(e.id).hidden === ok) edgeChanges.push({ id: e.id, hidden: !ok });
    });
    var nodeChanges = [];
    var shownNodes = 0;
    data.nodes.forEach(function (n) {
      var ok = !!ty[n.type] && (degree[n.id] > 0 || (edgesAt[n.id].length === 0 && everything));
      if (ok) shownNodes++;
      if (!!nodes.get(n.id).hidden === ok) nodeChanges.push({ id: n.id, hidden: !ok });
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    visibleText.textContent = "Showing " + shownNodes.toLocaleString("en") + " of " +
      data.nodes.length.toLocaleString("en") + " entities and " + shownEdges.toLocaleString("en") +
      " of " + data.edges.length.toLocaleString("en") + " links.";
  }

  function resetFilters() {
    ["relation", "status", "type"].forEach(function (kind) {
      Object.keys(checks[kind]).forEach(function (name) { checks[kind][name].checked = true; });
    });
    if (data.dates) {
      dateFrom.value = data.dates.min;
      dateTo.value = data.dates.max;
      undated.checked = true;
    }
    applyFilters();
  }

  var labelsBox = document.getElementById("kg-edge-labels");
  labelsBox.addEventListener("change", function () {
    var on = labelsBox.checked;
    edges.update(data.edges.map(function (e) { return { id: e.id, label: on ? e.text : "" }; }));
  });
  document.getElementById("kg-fit").addEventListener("click", function () { fit(true); });
  document.getElementById("kg-reset").addEventListener("click", resetFilters);

  applyFilters();
  fit(false);
  legibleLabels();

  window.kgView = {
    network: network, nodes: nodes, edges: edges, data: data,
    applyFilters: applyFilters, resetFilters: resetFilters, focusNode: focusNode,
    showEntity: showEntity, showEdge: showEdge, findEntities: findEntities
  };
  network.once("afterDrawing", function () {
    document.body.setAttribute("data-kg-ready", "true");
  });
  network.redraw();
})();
