// briefparse report: every view is drawn from the JSON data embedded once in the page (plain JavaScript and
// inline SVG, no library, no request). The data's shape is described in briefparse/report/data.py.
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("briefparse-data").textContent);
  const BRIEFS = DATA.briefs;
  const PEOPLE = DATA.people;
  const FIELDS = DATA.fields.map(([key, label]) => ({ key, label }));
  const SVG = "http://www.w3.org/2000/svg";
  const DAY = 86400000;

  // colours: event types (Okabe-Ito, darkened where needed: white text on them reads at 4.5:1), affiliations, fields
  const TYPE_COLOURS = {
    meeting: "#0072B2", phone_call: "#B34A00", visit: "#007A5E", statement: "#B8468F",
    conference: "#6A3D9A", other: "#6E6E6E",
  };
  const AFFILIATION_COLOURS = ["#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
    "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#17BECF"];
  const OTHER_AFFILIATION = "#BAB0AC";
  const NO_AFFILIATION = "#FFFFFF";

  const $ = (id) => document.getElementById(id);
  const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  const esc = (value) => String(value == null ? "" : value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
  const words = (value) => String(value).replace(/_/g, " ");
  const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
  const plural = (n, one, many) => `${n.toLocaleString("en")} ${n === 1 ? one : many || one + "s"}`;

  function svg(name, attributes, parent) {
    const node = document.createElementNS(SVG, name);
    for (const key in attributes) node.setAttribute(key, attributes[key]);
    if (parent) parent.appendChild(node);
    return node;
  }

  function legend(list, items) {
    list.innerHTML = items.map(([colour, label, round]) =>
      `<li><span class="swatch${round ? " round" : ""}" style="background:${colour}" aria-hidden="true"></span>${esc(label)}</li>`
    ).join("");
  }

  // facts computed once per brief ----------------------------------------------------------------------------
  BRIEFS.forEach((brief, index) => {
    brief.i = index;
    brief.day = brief.d ? Date.parse(brief.d + "T00:00:00Z") / DAY : null;
    brief.people = [...new Set(brief.n.map((p) => p[0]).filter((p) => p !== null))];
    brief.names = brief.n.map((p) => (p[0] === null ? "" : PEOPLE[p[0]][0])).filter(Boolean);
  });
  const personIndex = new Map(PEOPLE.map(([name], index) => [name.toLowerCase(), index]));
  let searchable = null; // lower-cased text of each brief, made on the first search

  // filters -----------------------------------------------------------------------------------------------------
  const filters = { text: "", lang: "", type: "", dated: "", from: "", to: "", person: "" };
  let shown = BRIEFS; // the briefs that pass the filters, in table order
  let sortKey = "date", sortUp = true;

  function options(select, values, label) {
    select.insertAdjacentHTML("beforeend", values.map((v) => `<option value="${esc(v)}">${esc(label(v))}</option>`).join(""));
  }

  function setUpFilters() {
    const langs = [...new Set(BRIEFS.map((b) => b.l))].sort();
    options($("f-lang"), langs, (v) => v);
    options($("f-type"), DATA.types, words);
    const dates = BRIEFS.map((b) => b.d).filter(Boolean).sort();
    if (dates.length) {
      for (const id of ["f-from", "f-to"]) { $(id).min = dates[0]; $(id).max = dates[dates.length - 1]; }
    }
    const counts = new Map();
    BRIEFS.forEach((b) => b.people.forEach((p) => counts.set(p, (counts.get(p) || 0) + 1)));
    const common = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a)).slice(0, 2000);
    $("people-list").innerHTML = common.map((p) => `<option value="${esc(PEOPLE[p][0])}"></option>`).join("");
    const bind = (id, key, event) => $(id).addEventListener(event, () => { filters[key] = $(id).value; refilter(); });
    let typing = null;
    $("f-text").addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => { filters.text = $("f-text").value; refilter(); }, 150);
    });
    bind("f-lang", "lang", "change");
    bind("f-type", "type", "change");
    bind("f-dated", "dated", "change");
    bind("f-from", "from", "change");
    bind("f-to", "to", "change");
    bind("f-person", "person", "change");
    $("f-clear").addEventListener("click", () => setFilters({}));
  }

  function setFilters(values) {
    for (const key in filters) filters[key] = values[key] || "";
    const ids = { text: "f-text", lang: "f-lang", type: "f-type", dated: "f-dated", from: "f-from", to: "f-to", person: "f-person" };
    for (const key in ids) $(ids[key]).value = filters[key];
    refilter();
  }

  function personTest(query) {
    const wanted = query.trim().toLowerCase();
    if (!wanted) return null;
    const exact = personIndex.get(wanted);
    if (exact !== undefined) return (b) => b.people.includes(exact);
    return (b) => b.names.some((name) => name.toLowerCase().includes(wanted));
  }

  function passes() {
    const tests = [];
    if (filters.lang) tests.push((b) => b.l === filters.lang);
    if (filters.type) tests.push((b) => b.y === filters.type);
    if (filters.dated === "dated") tests.push((b) => b.d);
    if (filters.dated === "undated") tests.push((b) => !b.d);
    if (filters.from) tests.push((b) => b.d && b.d >= filters.from);
    if (filters.to) tests.push((b) => b.d && b.d <= filters.to);
    const person = personTest(filters.person);
    if (person) tests.push(person);
    const text = filters.text.trim().toLowerCase();
    if (text) {
      searchable = searchable || BRIEFS.map((b) =>
        [b.t, b.p, b.s, b.f, b.x, ...b.names, ...(b.k || [])].filter(Boolean).join("\n").toLowerCase());
      tests.push((b) => searchable[b.i].includes(text));
    }
    return (b) => tests.every((test) => test(b));
  }

  const SORT_VALUES = {
    date: (b) => b.d || "", title: (b) => b.t || "", type: (b) => b.y, place: (b) => b.p || "",
    participants: (b) => b.names.join(", "), source: (b) => b.s || "", language: (b) => b.l,
  };

  // columns of codes and ISO dates, which sort as plain strings (much quicker than by the collator)
  const PLAIN = new Set(["date", "type", "language"]);
  const plainOrder = (x, y) => (x < y ? -1 : x > y ? 1 : 0);

  function sortShown() {
    const value = SORT_VALUES[sortKey];
    const compare = PLAIN.has(sortKey) ? plainOrder : collator.compare;
    const keyed = shown.map((b) => [value(b), b]);
    keyed.sort((x, y) => {
      if (!x[0] !== !y[0]) return x[0] ? -1 : 1; // empty values last, whatever the direction
      const order = compare(x[0], y[0]) || x[1].i - y[1].i;
      return sortUp ? order : -order;
    });
    shown = keyed.map((pair) => pair[1]);
  }

  function refilter() {
    const test = passes();
    shown = BRIEFS.filter(test);
    sortShown();
    page = 0;
    const errors = DATA.errors.length ? `, ${plural(DATA.errors.length, "error record")} apart` : "";
    $("f-count").textContent = `${plural(shown.length, "brief")} of ${BRIEFS.length.toLocaleString("en")} shown${errors}.`;
    drawn = {};
    drawActive();
  }

  // tabs --------------------------------------------------------------------------------------------------------
  const TABS = ["timeline", "network", "table", "errors"];
  let active = "timeline";
  let drawn = {};

  function showTab(name, focus) {
    active = name;
    for (const tab of TABS) {
      const selected = tab === name;
      $("tab-" + tab).setAttribute("aria-selected", String(selected));
      $("tab-" + tab).tabIndex = selected ? 0 : -1;
      $("view-" + tab).hidden = !selected;
    }
    if (focus) $("tab-" + name).focus();
    drawActive();
  }

  function drawActive() {
    if (drawn[active]) return;
    drawn[active] = true;
    ({ timeline: drawTimeline, network: drawNetwork, table: drawTable, errors: () => {} })[active]();
  }

  function setUpTabs() {
    TABS.forEach((tab, position) => {
      const button = $("tab-" + tab);
      button.addEventListener("click", () => showTab(tab));
      button.addEventListener("keydown", (event) => {
        const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (step) showTab(TABS[(position + step + TABS.length) % TABS.length], true);
      });
    });
  }

  function activate(node, action) {
    node.addEventListener("click", action);
    node.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); action(); }
    });
  }

  // timeline ----------------------------------------------------------------------------------------------------
  const MAX_STACK = 24; // more briefs than this in one period: drawn as counted bars, not one square each

  function period(span) {
    if (span <= 120) return { name: "day", key: (day) => day, start: (key) => key, next: (key) => key + 1 };
    if (span <= 3 * 366) {
      const monday = (day) => Math.floor((day + 3) / 7); // 1970-01-01 was a Thursday
      return { name: "week", key: monday, start: (key) => key * 7 - 3, next: (key) => key + 1 };
    }
    const month = (day) => { const d = new Date(day * DAY); return d.getUTCFullYear() * 12 + d.getUTCMonth(); };
    if (span <= 25 * 366) {
      return { name: "month", key: month, start: (key) => Date.UTC(Math.floor(key / 12), key % 12, 1) / DAY, next: (key) => key + 1 };
    }
    const year = (day) => new Date(day * DAY).getUTCFullYear();
    return { name: "year", key: year, start: (key) => Date.UTC(key, 0, 1) / DAY, next: (key) => key + 1 };
  }

  function label(day, unit) {
    const date = new Date(day * DAY).toISOString();
    return unit === "year" ? date.slice(0, 4) : unit === "month" ? date.slice(0, 7) : date.slice(0, 10);
  }

  function drawTimeline() {
    const box = $("timeline");
    box.innerHTML = "";
    const dated = shown.filter((b) => b.d);
    const undated = shown.length - dated.length;
    $("undated").innerHTML = undated
      ? `Undated: <strong>${plural(undated, "brief")}</strong> state no event date and are not on the timeline. `
        + `<button type="button" id="show-undated">List the undated briefs</button>`
      : "Every brief shown has an event date.";
    if (undated) $("show-undated").addEventListener("click", () => { setFilters({ ...filters, dated: "undated" }); showTab("table"); });
    const counts = {};
    shown.forEach((b) => { counts[b.y] = (counts[b.y] || 0) + 1; });
    legend($("timeline-legend"), DATA.types.map((t) => [TYPE_COLOURS[t] || "#6E6E6E", `${words(t)} (${(counts[t] || 0).toLocaleString("en")})`]));
    if (!dated.length) { box.textContent = "No dated brief to place on the timeline."; return; }
    const days = dated.map((b) => b.day);
    const first = Math.min(...days), last = Math.max(...days);
    const unit = period(last - first);
    const bins = new Map();
    for (let key = unit.key(first); key <= unit.key(last); key = unit.next(key)) bins.set(key, []);
    dated.forEach((b) => bins.get(unit.key(b.day)).push(b));
    const typeOrder = Object.fromEntries(DATA.types.map((t, n) => [t, n]));
    const columns = [...bins.entries()];
    const biggest = Math.max(...columns.map(([, list]) => list.length));
    const width = 1000, left = 40, right = 10, top = 10, bottom = 40;
    const step = (width - left - right) / columns.length;
    const counted = biggest > MAX_STACK;
    const cell = counted ? 0 : Math.max(3, Math.min(16, step - 2, 260 / biggest));
    const plot = counted ? 260 : Math.max(60, cell * biggest);
    const height = top + plot + bottom;
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "group",
      "aria-label": `Timeline by ${unit.name}: ${plural(dated.length, "dated brief")}` }, box);
    svg("line", { class: "axis", x1: left, x2: width - right, y1: top + plot, y2: top + plot }, root);
    const labelEvery = Math.max(1, Math.ceil(columns.length / 10));
    columns.forEach(([key, list], column) => {
      const x = left + column * step;
      if (column % labelEvery === 0) {
        svg("line", { class: "axis", x1: x + step / 2, x2: x + step / 2, y1: top + plot, y2: top + plot + 4 }, root);
        svg("text", { x: x + step / 2, y: top + plot + 16, "text-anchor": "middle" }, root).textContent = label(unit.start(key), unit.name);
      }
      list.sort((a, b) => typeOrder[a.y] - typeOrder[b.y] || a.day - b.day || a.i - b.i);
      if (!counted) {
        list.forEach((b, n) => {
          const mark = svg("g", { class: "mark", tabindex: "0", role: "button", "data-brief": b.i,
            "aria-label": `${b.d}, ${words(b.y)}: ${b.t || "untitled"}` }, root);
          svg("rect", { x: x + (step - cell) / 2, y: top + plot - (n + 1) * cell, width: cell - 1, height: cell - 1,
            fill: TYPE_COLOURS[b.y] || "#6E6E6E" }, mark);
          svg("title", {}, mark).textContent = `${b.d} · ${words(b.y)} · ${b.t || "untitled"}`;
          activate(mark, () => openBrief(b, dated));
        });
        return;
      }
      let y = top + plot;
      DATA.types.forEach((type) => {
        const group = list.filter((b) => b.y === type);
        if (!group.length) return;
        const tall = (group.length / biggest) * plot;
        y -= tall;
        const from = label(unit.start(key), "day"), to = label(unit.start(unit.next(key)) - 1, "day");
        const bar = svg("g", { class: "bar", tabindex: "0", role: "button",
          "aria-label": `${from} to ${to}, ${words(type)}: ${plural(group.length, "brief")}` }, root);
        svg("rect", { x: x + 0.5, y, width: Math.max(1, step - 1), height: Math.max(0.5, tall), fill: TYPE_COLOURS[type] || "#6E6E6E" }, bar);
        svg("title", {}, bar).textContent = `${from} – ${to} · ${words(type)} · ${plural(group.length, "brief")}`;
        activate(bar, () => {
          if (group.length === 1) { openBrief(group[0], group); return; }
          setFilters({ ...filters, type, from, to, dated: "" });
          showTab("table");
        });
      });
    });
    svg("text", { x: left - 4, y: top + 10, "text-anchor": "end" }, root).textContent = String(biggest);
    svg("text", { x: left - 4, y: top + plot, "text-anchor": "end" }, root).textContent = "0";
  }

  // network -----------------------------------------------------------------------------------------------------
  function networkOf(briefs, keep) {
    const count = new Map(), pairs = new Map(), neighbours = new Map();
    for (const b of briefs) {
      const people = b.people.slice(0, 40);
      for (const p of people) count.set(p, (count.get(p) || 0) + 1);
      for (let x = 0; x < people.length; x++) {
        for (let y = x + 1; y < people.length; y++) {
          const [a, c] = people[x] < people[y] ? [people[x], people[y]] : [people[y], people[x]];
          const key = a * 1048576 + c;
          pairs.set(key, (pairs.get(key) || 0) + 1);
          if (!neighbours.has(a)) neighbours.set(a, new Set());
          if (!neighbours.has(c)) neighbours.set(c, new Set());
          neighbours.get(a).add(c);
          neighbours.get(c).add(a);
        }
      }
    }
    const degree = (p) => (neighbours.get(p) || new Set()).size;
    const ranked = [...count.keys()].sort((a, b) =>
      degree(b) - degree(a) || count.get(b) - count.get(a) || collator.compare(PEOPLE[a][0], PEOPLE[b][0]));
    const nodes = ranked.slice(0, keep);
    const place = new Map(nodes.map((p, n) => [p, n]));
    const edges = [];
    pairs.forEach((weight, key) => {
      const a = Math.floor(key / 1048576), c = key % 1048576;
      if (place.has(a) && place.has(c)) edges.push([place.get(a), place.get(c), weight]);
    });
    return { nodes, edges, count, degree, total: count.size };
  }

  function layout(size, edges, width, height) {
    // Fruchterman-Reingold from a circle: deterministic, so the same data draws the same picture
    const x = new Float64Array(size), y = new Float64Array(size), dx = new Float64Array(size), dy = new Float64Array(size);
    for (let n = 0; n < size; n++) {
      const angle = (2 * Math.PI * n) / size, radius = Math.min(width, height) * (0.15 + 0.3 * ((n * 7) % 11) / 11);
      x[n] = width / 2 + radius * Math.cos(angle);
      y[n] = height / 2 + radius * Math.sin(angle);
    }
    const k = Math.sqrt((width * height) / Math.max(1, size));
    const rounds = size > 200 ? 150 : 300;
    let heat = width / 8;
    for (let round = 0; round < rounds; round++) {
      dx.fill(0); dy.fill(0);
      for (let a = 0; a < size; a++) {
        for (let b = a + 1; b < size; b++) {
          let ex = x[a] - x[b], ey = y[a] - y[b];
          const d2 = Math.max(0.01, ex * ex + ey * ey), push = (k * k) / d2;
          ex *= push; ey *= push;
          dx[a] += ex; dy[a] += ey; dx[b] -= ex; dy[b] -= ey;
        }
      }
      for (const [a, b, weight] of edges) {
        const ex = x[a] - x[b], ey = y[a] - y[b], d = Math.max(0.1, Math.hypot(ex, ey));
        const pull = (d / k) * Math.min(3, weight); // d²/k along the edge, more for pairs met more often
        dx[a] -= ex * pull; dy[a] -= ey * pull;
        dx[b] += ex * pull; dy[b] += ey * pull;
      }
      for (let n = 0; n < size; n++) {
        dx[n] += (width / 2 - x[n]) * 0.01; dy[n] += (height / 2 - y[n]) * 0.01; // gravity keeps parts together
        const d = Math.max(0.01, Math.hypot(dx[n], dy[n])), move = Math.min(d, heat);
        x[n] = Math.min(width - 30, Math.max(30, x[n] + (dx[n] / d) * move));
        y[n] = Math.min(height - 20, Math.max(20, y[n] + (dy[n] / d) * move));
      }
      heat = Math.max(0.5, heat * 0.97);
    }
    return { x, y };
  }

  function affiliationColours(nodes) {
    const counts = new Map();
    nodes.forEach((p) => { const a = PEOPLE[p][1]; if (a) counts.set(a, (counts.get(a) || 0) + 1); });
    const top = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || collator.compare(a, b))
      .slice(0, AFFILIATION_COLOURS.length);
    const colour = new Map(top.map((a, n) => [a, AFFILIATION_COLOURS[n]]));
    const items = top.map((a) => [colour.get(a), `${a} (${counts.get(a)})`, true]);
    const others = nodes.filter((p) => PEOPLE[p][1] && !colour.has(PEOPLE[p][1])).length;
    const none = nodes.filter((p) => !PEOPLE[p][1]).length;
    if (others) items.push([OTHER_AFFILIATION, `other affiliations (${others})`, true]);
    if (none) items.push([NO_AFFILIATION, `no affiliation stated (${none})`, true]);
    return { of: (p) => (PEOPLE[p][1] ? colour.get(PEOPLE[p][1]) || OTHER_AFFILIATION : NO_AFFILIATION), items };
  }

  function drawNetwork() {
    const box = $("network");
    box.innerHTML = "";
    const keep = Math.max(2, Math.min(500, parseInt($("n-top").value, 10) || 40));
    const net = networkOf(shown, keep);
    $("network-count").textContent = `(${net.nodes.length.toLocaleString("en")} of ${plural(net.total, "participant")} shown, ${plural(net.edges.length, "link")})`;
    const colours = affiliationColours(net.nodes);
    legend($("network-legend"), colours.items);
    if (!net.nodes.length) { box.textContent = "No participant in the briefs shown."; return; }
    const width = 1000, height = 640;
    const at = layout(net.nodes.length, net.edges, width, height);
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "group",
      "aria-label": `Network of ${plural(net.nodes.length, "participant")}` }, box);
    const lines = svg("g", { "aria-hidden": "true" }, root);
    for (const [a, b, weight] of net.edges) {
      svg("line", { class: "edge", x1: at.x[a], y1: at.y[a], x2: at.x[b], y2: at.y[b],
        "stroke-width": 1 + Math.log2(weight) }, lines);
    }
    const labelled = 30;
    net.nodes.forEach((person, n) => {
      const briefs = net.count.get(person);
      const [name, affiliation] = PEOPLE[person];
      const node = svg("g", { class: "node", tabindex: "0", role: "button", "data-person": person,
        "aria-label": `${name}${affiliation ? ", " + affiliation : ""}: ${plural(briefs, "brief")}, met ${plural(net.degree(person), "person", "people")}` }, root);
      svg("circle", { cx: at.x[n], cy: at.y[n], r: Math.min(28, 4 + 3 * Math.sqrt(briefs)), fill: colours.of(person) }, node);
      svg("title", {}, node).textContent = `${name}${affiliation ? " (" + affiliation + ")" : ""} · ${plural(briefs, "brief")}`;
      if (n < labelled) {
        svg("text", { x: at.x[n], y: at.y[n] - Math.min(28, 4 + 3 * Math.sqrt(briefs)) - 3, "text-anchor": "middle" }, node).textContent = name;
      }
      activate(node, () => openPerson(person));
    });
  }

  function openPerson(person) {
    setFilters({ ...filters, person: PEOPLE[person][0] });
    if (shown.length) openBrief(shown[0], shown);
  }

  // table -------------------------------------------------------------------------------------------------------
  const COLUMNS = [["date", "Date"], ["title", "Title"], ["type", "Event type"], ["place", "Place"],
    ["participants", "Participants"], ["source", "Source"], ["language", "Language"]];
  let page = 0;

  function setUpTable() {
    $("briefs").tHead.rows[0].innerHTML = COLUMNS.map(([key, name]) =>
      `<th scope="col" data-key="${key}"><button type="button">${name}</button></th>`).join("");
    $("briefs").tHead.querySelectorAll("th").forEach((th) => {
      th.querySelector("button").addEventListener("click", () => {
        sortUp = sortKey === th.dataset.key ? !sortUp : true;
        sortKey = th.dataset.key;
        sortShown();
        page = 0;
        drawTable();
      });
    });
    $("page-prev").addEventListener("click", () => { page -= 1; drawTable(); });
    $("page-next").addEventListener("click", () => { page += 1; drawTable(); });
    $("page-size").addEventListener("change", () => { page = 0; drawTable(); });
    $("briefs").tBodies[0].addEventListener("click", (event) => {
      const button = event.target.closest("button.open");
      if (button) openBrief(BRIEFS[Number(button.dataset.brief)], shown);
    });
  }

  function chip(type) {
    return `<span class="type-chip" style="background:${TYPE_COLOURS[type] || "#6E6E6E"}">${esc(words(type))}</span>`;
  }

  function drawTable() {
    const size = parseInt($("page-size").value, 10);
    const pages = Math.max(1, Math.ceil(shown.length / size));
    page = Math.max(0, Math.min(page, pages - 1));
    $("briefs").tHead.querySelectorAll("th").forEach((th) => {
      if (th.dataset.key === sortKey) th.setAttribute("aria-sort", sortUp ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    const rows = shown.slice(page * size, (page + 1) * size);
    $("briefs").tBodies[0].innerHTML = rows.map((b) => `<tr data-brief="${b.i}">`
      + `<td>${esc(b.d || "undated")}</td>`
      + `<td><button type="button" class="open" data-brief="${b.i}">${esc(b.t || "(untitled)")}</button></td>`
      + `<td>${chip(b.y)}</td><td>${esc(b.p)}</td><td>${esc(b.names.join("; "))}</td>`
      + `<td>${esc(b.s)}</td><td>${esc(b.l)}</td></tr>`).join("");
    $("page-status").textContent = shown.length
      ? `Rows ${(page * size + 1).toLocaleString("en")}–${(page * size + rows.length).toLocaleString("en")} of ${shown.length.toLocaleString("en")}`
      : "No brief matches the filters.";
    $("page-prev").disabled = page === 0;
    $("page-next").disabled = page >= pages - 1;
  }

  // errors ------------------------------------------------------------------------------------------------------
  function drawErrors() {
    $("tab-errors").textContent = `Errors (${DATA.errors.length.toLocaleString("en")})`;
    $("errors").tBodies[0].innerHTML = DATA.errors.map(([path, reason]) =>
      `<tr><td>${esc(path)}</td><td>${esc(reason)}</td></tr>`).join("");
    $("errors").hidden = !DATA.errors.length;
    $("no-errors").hidden = DATA.errors.length > 0;
  }

  // reading one brief -------------------------------------------------------------------------------------------
  let reading = null; // { list, position }

  function highlighted(text, spans) {
    // nested <mark>s: a span inside another is inside its element; two that cross are cut where they cross
    const cuts = new Set([0, text.length]);
    spans.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].sort((a, b) => a - b);
    const order = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end || a.n - b.n);
    const open = [];
    let html = "";
    for (let c = 0; c + 1 < points.length; c++) {
      const from = points[c], to = points[c + 1];
      const covering = order.filter((s) => s.start <= from && s.end >= to);
      let same = 0;
      while (same < open.length && same < covering.length && open[same] === covering[same]) same++;
      html += "</mark>".repeat(open.length - same);
      open.length = same;
      for (const s of covering.slice(same)) {
        html += `<mark class="f-${s.field}" data-field="${s.field}" data-span="${s.n}" title="${esc(s.title)}">`;
        open.push(s);
      }
      html += esc(text.slice(from, to));
    }
    return html + "</mark>".repeat(open.length);
  }

  function fact(name, value) {
    return value ? `<dt>${esc(name)}</dt><dd>${value}</dd>` : "";
  }

  function openBrief(brief, list) {
    const position = list.indexOf(brief);
    reading = { list: position < 0 ? [brief] : list, position: Math.max(0, position) };
    showBrief();
    const dialog = $("reader");
    if (!dialog.open) dialog.showModal();
    $("reader-title").focus();
  }

  function showBrief() {
    const brief = reading.list[reading.position];
    $("reader-title").textContent = brief.t || "(untitled)";
    $("reader-title").tabIndex = -1;
    $("reader").dataset.brief = brief.i;
    $("reader-position").textContent = `Brief ${reading.position + 1} of ${reading.list.length}`;
    $("reader-prev").disabled = reading.position === 0;
    $("reader-next").disabled = reading.position >= reading.list.length - 1;
    const participants = brief.n.map(([person, role, affiliation]) => {
      const name = person === null ? "(unnamed)" : PEOPLE[person][0];
      const about = [role, affiliation].filter(Boolean).join(", ");
      return `<span class="f-participant">${esc(name)}</span>${about ? " — " + esc(about) : ""}`;
    }).join("<br>");
    $("reader-facts").innerHTML = fact("Event date", brief.d ? esc(brief.d) + (brief.b ? ` <small>(${esc(brief.b)})</small>` : "") : "undated")
      + fact("Published", esc(brief.u)) + fact("Event type", chip(brief.y)) + fact("Place", esc(brief.p))
      + fact("Participants", participants) + fact("Source", esc(brief.s)) + fact("Language", esc(brief.l))
      + fact("Input", esc(brief.f));
    const counts = {};
    (brief.h || []).forEach((h) => { counts[h[2]] = (counts[h[2]] || 0) + 1; });
    $("field-legend").innerHTML = FIELDS.map((f, n) =>
      `<li><mark class="f-${f.key}">${esc(f.label)}</mark> ${counts[n] || 0}</li>`).join("");
    const box = $("reader-text");
    if (brief.x == null) {
      box.innerHTML = `<p>This record holds no document text, so its evidence cannot be shown in place `
        + `(build the report from the briefs, or from records written with <code>--with-text</code>).</p>`
        + (brief.k && brief.k.length ? `<p>Summary points:</p><ul>${brief.k.map((p) => `<li>${esc(p)}</li>`).join("")}</ul>` : "");
      return;
    }
    const spans = (brief.h || []).map(([start, end, field, who], n) => {
      const key = FIELDS[field].key;
      const person = who === undefined || !brief.n[who] || brief.n[who][0] === null ? "" : ": " + PEOPLE[brief.n[who][0]][0];
      return { start, end, field: key, n, title: FIELDS[field].label + person };
    });
    box.innerHTML = highlighted(brief.x, spans);
  }

  function setUpReader() {
    $("reader-prev").addEventListener("click", () => { reading.position -= 1; showBrief(); });
    $("reader-next").addEventListener("click", () => { reading.position += 1; showBrief(); });
    $("reader-close").addEventListener("click", () => $("reader").close());
  }

  // start -------------------------------------------------------------------------------------------------------
  const dated = BRIEFS.filter((b) => b.d).length;
  $("summary").textContent = `${plural(BRIEFS.length, "brief")} (${dated.toLocaleString("en")} dated, `
    + `${(BRIEFS.length - dated).toLocaleString("en")} undated), ${plural(PEOPLE.length, "participant")}, `
    + `${plural(DATA.errors.length, "input")} that could not be parsed.`;
  setUpFilters();
  setUpTabs();
  setUpTable();
  setUpReader();
  drawErrors();
  $("n-top").addEventListener("change", () => { drawn.network = false; drawActive(); });
  refilter();
  document.documentElement.dataset.ready = "true";
})();
