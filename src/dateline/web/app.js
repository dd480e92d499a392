// Dateline's map-and-timeline page. Plain JavaScript, no libraries: the map is an SVG in Web
// Mercator drawn from /static/countries.geojson; events come from the API. Article text and every
// other value from the API is inserted as text nodes (never as HTML), so nothing in an article runs.
"use strict";

(function () {
  const POINT_LIMIT = 2000; // above this many events in view the server aggregates (/grid)
  const CLUSTER_BELOW_ZOOM = 6; // client-side clustering of nearby markers when zoomed out
  const CLUSTER_PX = 34;
  const STACK_PX = 4;
  const WORLD = 256; // Web Mercator world size at zoom 0
  const MAX_LAT = 85.05;
  const FILTERS = ["type", "actor", "country", "source_kind", "min_corroboration", "from", "to", "q"];
  const COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#27ae60",
    "Riots": "#8d5524",
    "Strategic developments": "#2471a3",
  };
  const FLAG_LABELS = {
    single_source: "single source",
    one_side_only: "one side only",
    contested: "contested",
    imputed: "imputed toll",
    denied: "denied",
  };
  const TIME_PRECISION = { 1: "exact day", 2: "within a few days", 3: "within the month" };
  const GEO_PRECISION = { 1: "the place itself", 2: "near the place / its district", 3: "the region only" };

  const $ = (id) => document.getElementById(id);
  const SVG_NS = "http://www.w3.org/2000/svg";

  const state = {
    view: { k: 4, tx: 0, ty: 0 },
    viewSet: false,
    mode: "all", // "all": every matching event is loaded; "view": loaded per view (grid or points)
    points: [], // GeoJSON features with geometry
    cells: [], // /grid cells (mode "view", too many events in view)
    total: 0,
    openEvent: null,
    lastHash: null,
    statsAll: null,
    loadSeq: 0,
    viewSeq: 0,
  };

  // ---------- small helpers ----------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else node.setAttribute(k, String(v));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  async function api(path, params) {
    const qs = params ? new URLSearchParams(params).toString() : "";
    const response = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const message = body && body.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${response.status}`;
      throw new Error(message);
    }
    return body;
  }

  function setStatus(text, isError) {
    const out = $("status");
    out.textContent = text;
    out.classList.toggle("error", !!isError);
  }

  function colourOf(type) { return COLOURS[type] || "#6b7480"; }

  function radiusOf(fatalities) {
    const n = Number(fatalities) || 0;
    return Math.min(5 + 2.2 * Math.sqrt(n), 24);
  }

  // ---------- projection ----------

  function project(lon, lat) {
    const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
    const x = ((lon + 180) / 360) * WORLD;
    const y = ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * WORLD;
    return [x, y];
  }

  function unproject(x, y) {
    const lon = (x / WORLD) * 360 - 180;
    const n = Math.PI - (2 * Math.PI * y) / WORLD;
    const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
    return [lon, lat];
  }

  function toScreen(lon, lat) {
    const [x, y] = project(lon, lat);
    return [x * state.view.k + state.view.tx, y * state.view.k + state.view.ty];
  }

  function mapSize() {
    const box = $("map").getBoundingClientRect();
    return [Math.max(box.width, 1), Math.max(box.height, 1)];
  }

  function zoomLevel() { return Math.max(0, Math.floor(Math.log2(state.view.k) + 1e-9)); }

  function centreOn(lon, lat, k) {
    const [w, h] = mapSize();
    const [x, y] = project(lon, lat);
    state.view = { k, tx: w / 2 - x * k, ty: h / 2 - y * k };
  }

  function viewCentre() {
    const [w, h] = mapSize();
    const [lon, lat] = unproject((w / 2 - state.view.tx) / state.view.k, (h / 2 - state.view.ty) / state.view.k);
    return [lon, lat];
  }

  function viewBbox() {
    const [w, h] = mapSize();
    const { k, tx, ty } = state.view;
    const [west, north] = unproject(-tx / k, -ty / k);
    const [east, south] = unproject((w - tx) / k, (h - ty) / k);
    const clampLon = (v) => Math.max(-180, Math.min(180, v));
    const clampLat = (v) => Math.max(-90, Math.min(90, v));
    if (east - west >= 360) return null;
    return [clampLon(west), clampLat(south), clampLon(east), clampLat(north)].map((v) => v.toFixed(4));
  }

  function fitTo(lons, lats) {
    if (!lons.length) { centreOn(20, 20, 4); return; }
    const [w, h] = mapSize();
    const [x0, y1] = project(Math.min(...lons), Math.min(...lats));
    const [x1, y0] = project(Math.max(...lons), Math.max(...lats));
    const span = Math.max((x1 - x0) / (w * 0.7), (y1 - y0) / (h * 0.7), 1e-9);
    const k = Math.max(2, Math.min(1 / span, 256));
    state.view = { k, tx: w / 2 - ((x0 + x1) / 2) * k, ty: h / 2 - ((y0 + y1) / 2) * k };
  }

  // ---------- base layer ----------

  async function loadCountries() {
    const response = await fetch("/static/countries.geojson");
    const data = await response.json();
    const group = $("countries");
    const names = {};
    for (const feature of data.features) {
      names[feature.properties.iso3] = feature.properties.name;
      let d = "";
      for (const polygon of feature.geometry.coordinates) {
        for (const ring of polygon) {
          ring.forEach(([lon, lat], i) => {
            const [x, y] = project(lon, lat);
            d += `${i ? "L" : "M"}${x.toFixed(3)} ${y.toFixed(3)}`;
          });
          d += "Z";
        }
      }
      const path = svg("path", { d });
      path.dataset.iso3 = feature.properties.iso3 || "";
      const title = svg("title");
      title.textContent = feature.properties.name || "";
      path.append(title);
      group.append(path);
    }
    state.countryNames = names;
  }

  // ---------- drawing ----------

  function draw() {
    const { k, tx, ty } = state.view;
    $("countries").setAttribute("transform", `matrix(${k} 0 0 ${k} ${tx} ${ty})`);
    const layer = $("markers");
    const [w, h] = mapSize();
    const nodes = [];
    const visible = (sx, sy, r) => sx > -r && sy > -r && sx < w + r && sy < h + r;

    if (state.mode === "view" && state.cells.length) {
      for (const cell of state.cells) {
        const [sx, sy] = toScreen(cell.lon, cell.lat);
        if (visible(sx, sy, 30)) nodes.push(clusterNode(sx, sy, cell.events, cell.lon, cell.lat));
      }
    } else {
      const placed = [];
      for (const f of state.points) {
        const [lon, lat] = f.geometry.coordinates;
        const [sx, sy] = toScreen(lon, lat);
        if (visible(sx, sy, 30)) placed.push({ f, sx, sy, lon, lat });
      }
      // Zoomed out, nearby markers group; zoomed in, only markers on the very same spot do (a stack).
      const cellPx = zoomLevel() < CLUSTER_BELOW_ZOOM ? CLUSTER_PX : STACK_PX;
      const buckets = new Map();
      for (const p of placed) {
        const key = `${Math.floor(p.sx / cellPx)}:${Math.floor(p.sy / cellPx)}`;
        if (!buckets.has(key)) buckets.set(key, []);
        buckets.get(key).push(p);
      }
      for (const group of buckets.values()) {
        if (group.length === 1) nodes.push(markerNode(group[0]));
        else {
          const mean = (k) => group.reduce((a, p) => a + p[k], 0) / group.length;
          nodes.push(clusterNode(mean("sx"), mean("sy"), group.length, mean("lon"), mean("lat"), group.map((p) => p.f)));
        }
      }
    }
    // Big circles first so small ones stay clickable on top.
    nodes.sort((a, b) => Number(b.dataset.r) - Number(a.dataset.r));
    layer.replaceChildren(...nodes);
  }

  function markerNode(p) {
    const props = p.f.properties;
    const r = radiusOf(props.fatalities);
    const c = svg("circle", { cx: p.sx.toFixed(1), cy: p.sy.toFixed(1), r: r.toFixed(1), fill: colourOf(props.event_type) });
    c.setAttribute("class", props.event_id === state.openEvent ? "marker open" : "marker");
    c.dataset.id = props.event_id;
    c.dataset.type = props.event_type;
    c.dataset.r = r;
    const title = svg("title");
    const toll = props.fatalities === null || props.fatalities === undefined ? "" : `, ${props.fatalities} killed`;
    title.textContent = `${props.event_type}: ${props.location || "unknown place"}, ${props.date || "undated"}${toll}`;
    c.append(title);
    c.addEventListener("click", (e) => { e.stopPropagation(); openEvent(props.event_id); });
    c.addEventListener("pointerdown", (e) => e.stopPropagation());
    return c;
  }

  function clusterNode(sx, sy, count, lon, lat, members) {
    const r = Math.min(8 + 3 * Math.log2(count + 1), 22);
    const g = svg("g", { class: "cluster", transform: `translate(${sx.toFixed(1)} ${sy.toFixed(1)})` });
    g.dataset.count = count;
    g.dataset.r = r;
    g.append(svg("circle", { r: r.toFixed(1) }));
    const label = svg("text");
    label.textContent = count >= 10000 ? `${Math.round(count / 1000)}k` : String(count);
    g.append(label);
    const title = svg("title");
    title.textContent = `${count} events: click to zoom in`;
    g.append(title);
    g.addEventListener("pointerdown", (e) => e.stopPropagation());
    g.addEventListener("click", (e) => {
      e.stopPropagation();
      // Events on one spot never separate by zooming: list them instead.
      if (members && samePlace(members)) showList(members);
      else {
        centreOn(lon, lat, Math.min(state.view.k * 4, 2 ** 16));
        viewChanged();
      }
    });
    return g;
  }

  function samePlace(features) {
    const [lon0, lat0] = features[0].geometry.coordinates;
    return features.every((f) => Math.abs(f.geometry.coordinates[0] - lon0) < 1e-4 && Math.abs(f.geometry.coordinates[1] - lat0) < 1e-4);
  }

  function showList(features) {
    state.openEvent = null;
    updateHash();
    const items = features
      .map((f) => f.properties)
      .sort((a, b) => String(a.date).localeCompare(String(b.date)))
      .map((p) => {
        const button = el("button", { type: "button", class: "pick", "data-id": p.event_id },
          `${p.date || "undated"} · ${p.event_type} — ${p.sub_event_type}${p.fatalities ? ` · ${p.fatalities} killed` : ""}`);
        button.addEventListener("click", () => openEvent(p.event_id));
        return el("li", {}, button);
      });
    $("panel").hidden = false;
    $("panel-body").replaceChildren(
      el("h2", {}, `${features.length} events at ${features[0].properties.location || "this place"}`),
      el("ul", { class: "picklist" }, items),
    );
  }

  function drawLegend() {
    const list = $("legend");
    list.replaceChildren(
      ...Object.entries(COLOURS).map(([type, colour]) => {
        const swatch = el("span", { class: "swatch" });
        swatch.style.background = colour;
        return el("li", {}, swatch, type);
      }),
      el("li", { class: "muted" }, "size: fatalities"),
    );
  }

  // ---------- filters and URL ----------

  function readFilters() {
    const form = $("filters");
    const out = {};
    for (const name of FILTERS) {
      const v = (form.elements[name].value || "").trim();
      if (v !== "") out[name] = v;
    }
    return out;
  }

  function writeFilters(values) {
    const form = $("filters");
    for (const name of FILTERS) {
      const input = form.elements[name];
      const v = values[name] || "";
      if (input.tagName === "SELECT" && v && ![...input.options].some((o) => o.value === v)) {
        input.append(el("option", { value: v }, v));
      }
      input.value = v;
    }
  }

  function hashFor() {
    const params = new URLSearchParams(readFilters());
    if (state.openEvent) params.set("event", state.openEvent);
    if (state.viewSet) {
      const [lon, lat] = viewCentre();
      params.set("view", `${Math.log2(state.view.k).toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
    }
    return "#" + params.toString();
  }

  function updateHash() {
    const hash = hashFor();
    if (hash !== location.hash && !(hash === "#" && !location.hash)) {
      state.lastHash = hash;
      history.replaceState(null, "", hash === "#" ? location.pathname : hash);
    }
  }

  function readHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ""));
    const filters = {};
    for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name);
    let view = null;
    const v = (params.get("view") || "").split("/").map(Number);
    if (v.length === 3 && v.every(Number.isFinite)) view = { z: v[0], lat: v[1], lon: v[2] };
    return { filters, event: params.get("event"), view };
  }

  function applyHash() {
    const { filters, event, view } = readHash();
    writeFilters(filters);
    if (view) {
      centreOn(view.lon, view.lat, 2 ** Math.max(0, Math.min(view.z, 16)));
      state.viewSet = true;
    }
    reload();
    if (event) openEvent(event, { keepHash: true });
    else closePanel({ keepHash: true });
  }

  // ---------- loading data ----------

  // The map first, then the timeline: /grid over the whole world says how many events match (and
  // where), so the first markers never wait for the slower /stats behind the timeline (on a large
  // store, asking for both at once only makes the two queries compete).
  async function reload() {
    const seq = ++state.loadSeq;
    const filters = readFilters();
    const { from, to, ...undated } = filters;
    setStatus("loading…");
    const loadStats = () => api("/stats", undated).then((stats) => {
      if (seq !== state.loadSeq) return;
      state.statsAll = stats;
      fillCountries(stats.by_country || {});
      drawTimeline();
    });
    try {
      const world = await api("/grid", { ...filters, zoom: "2" });
      if (seq !== state.loadSeq) return;
      state.total = world.cells.reduce((a, c) => a + c.events, 0);
      if (state.total <= POINT_LIMIT) {
        state.mode = "all";
        state.cells = [];
        state.points = await loadPoints(filters, null, seq);
        if (seq !== state.loadSeq) return;
        if (!state.viewSet) {
          fitTo(state.points.map((f) => f.geometry.coordinates[0]), state.points.map((f) => f.geometry.coordinates[1]));
          state.viewSet = true;
          updateHash();
        }
        draw();
      } else {
        state.mode = "view";
        if (!state.viewSet) {
          fitTo(world.cells.map((c) => c.lon), world.cells.map((c) => c.lat));
          state.viewSet = true;
          updateHash();
        }
        await loadView(seq, zoomLevel() === 2 ? world : null);
      }
      if (seq !== state.loadSeq) return;
      await loadStats();
      if (seq === state.loadSeq && state.mode === "all") setStatus(`${state.total} events${unplaced()}`);
    } catch (err) {
      if (seq === state.loadSeq) setStatus(err.message, true);
    }
  }

  // Events the map cannot show (no coordinates), said rather than silently left out.
  function unplaced() {
    const stats = state.statsAll;
    if (!stats) return "";
    const { from, to } = readFilters();
    if (from || to) return "";
    const missing = stats.total - state.total;
    return missing > 0 ? ` (${missing} more without coordinates)` : "";
  }

  async function loadPoints(filters, bbox, seq) {
    const points = [];
    let cursor = null;
    do {
      const params = { ...filters, format: "geojson", limit: String(POINT_LIMIT) };
      if (bbox) params.bbox = bbox.join(",");
      if (cursor) params.cursor = cursor;
      const page = await api("/events", params);
      if (seq !== state.loadSeq) return points;
      for (const f of page.features) if (f.geometry) points.push(f);
      cursor = page.next_cursor;
    } while (cursor && points.length < POINT_LIMIT);
    return points;
  }

  // Many events: ask the server how many fall in the view; aggregate unless few enough to draw.
  // ``world`` is a /grid answer for the whole world at this zoom, when the caller has one.
  async function loadView(seq, world) {
    const viewSeq = ++state.viewSeq;
    const filters = readFilters();
    const bbox = viewBbox();
    // /grid cells are 60 / 2^zoom degrees: 40 to 80 pixels at this zoom, wider than a group's circle.
    const params = { ...filters, zoom: String(Math.min(zoomLevel(), 22)) };
    if (bbox) params.bbox = bbox.join(",");
    const grid = world || (await api("/grid", params));
    if (seq !== state.loadSeq || viewSeq !== state.viewSeq) return;
    const [w, h] = mapSize();
    const inView = grid.cells.reduce((a, c) => {
      const [sx, sy] = toScreen(c.lon, c.lat);
      return a + (sx >= 0 && sy >= 0 && sx <= w && sy <= h ? c.events : 0);
    }, 0);
    if (inView <= POINT_LIMIT) {
      state.points = await loadPoints(filters, bbox, seq);
      if (seq !== state.loadSeq || viewSeq !== state.viewSeq) return;
      state.cells = [];
    } else {
      state.points = [];
      state.cells = grid.cells;
    }
    draw();
    setStatus(`${state.total} events on the map (${inView} in view${state.cells.length ? ", grouped" : ""})`);
  }

  let viewTimer = null;
  function viewChanged() {
    state.viewSet = true;
    draw();
    clearTimeout(viewTimer);
    viewTimer = setTimeout(() => {
      updateHash();
      if (state.mode === "view") loadView(state.loadSeq).catch((err) => setStatus(err.message, true));
    }, 250);
  }

  function fillCountries(byCountry) {
    const select = $("f-country");
    const current = select.value;
    const codes = new Set(Object.keys(byCountry));
    if (current) codes.add(current);
    const names = state.countryNames || {};
    const options = [...codes].sort().map((code) => {
      const n = byCountry[code];
      return el("option", { value: code }, `${names[code] || code}${n !== undefined ? ` (${n})` : ""}`);
    });
    select.replaceChildren(el("option", { value: "" }, "all countries"), ...options);
    select.value = current;
  }

  // ---------- timeline ----------

  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000); }
  function isoOf(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }

  function timelineScale() {
    const days = (state.statsAll && state.statsAll.by_day) || [];
    if (!days.length) return null;
    const first = dayNumber(days[0].date);
    const last = dayNumber(days[days.length - 1].date);
    const width = $("timeline").getBoundingClientRect().width || 1;
    const n = last - first + 1;
    return { first, last, n, width, step: width / n, days };
  }

  function drawTimeline() {
    const chart = $("timeline");
    const scale = timelineScale();
    const height = chart.getBoundingClientRect().height || 86;
    if (!scale) {
      chart.replaceChildren();
      $("tl-start").textContent = "";
      $("tl-end").textContent = "no dated events";
      return;
    }
    const max = Math.max(...scale.days.map((d) => d.events), 1);
    const { from, to } = readFilters();
    const lo = from ? dayNumber(from) : -Infinity;
    const hi = to ? dayNumber(to) : Infinity;
    const nodes = [];
    for (const d of scale.days) {
      const day = dayNumber(d.date);
      const h = Math.max(1, ((height - 4) * d.events) / max);
      const x = (day - scale.first) * scale.step;
      const bar = svg("rect", {
        x: x.toFixed(2), y: (height - h).toFixed(2), width: Math.max(scale.step - 0.5, 0.8).toFixed(2), height: h.toFixed(2),
        class: day >= lo && day <= hi && (from || to) ? "bar in" : "bar",
      });
      bar.dataset.date = d.date;
      const title = svg("title");
      title.textContent = `${d.date}: ${d.events} events, ${d.fatalities || 0} killed`;
      bar.append(title);
      nodes.push(bar);
    }
    if (from || to) {
      const x0 = from ? Math.max(0, (dayNumber(from) - scale.first) * scale.step) : 0;
      const x1 = to ? Math.min(scale.width, (dayNumber(to) - scale.first + 1) * scale.step) : scale.width;
      nodes.push(svg("rect", { class: "brush", x: x0, y: 0, width: Math.max(x1 - x0, 1), height }));
    }
    chart.replaceChildren(...nodes);
    $("tl-start").textContent = isoOf(scale.first);
    $("tl-end").textContent = isoOf(scale.last);
  }

  function setupBrush() {
    const chart = $("timeline");
    let start = null;
    let brush = null;
    const xOf = (e) => e.clientX - chart.getBoundingClientRect().left;
    chart.addEventListener("pointerdown", (e) => {
      if (!timelineScale()) return;
      start = xOf(e);
      chart.setPointerCapture(e.pointerId);
      brush = svg("rect", { class: "brush", x: start, y: 0, width: 1, height: chart.getBoundingClientRect().height });
      chart.append(brush);
    });
    chart.addEventListener("pointermove", (e) => {
      if (start === null) return;
      const x = xOf(e);
      brush.setAttribute("x", Math.min(start, x));
      brush.setAttribute("width", Math.max(Math.abs(x - start), 1));
    });
    chart.addEventListener("pointerup", (e) => {
      if (start === null) return;
      const scale = timelineScale();
      const x = xOf(e);
      const form = $("filters");
      if (Math.abs(x - start) < 3) {
        form.elements.from.value = "";
        form.elements.to.value = "";
      } else {
        const dayAt = (px) => scale.first + Math.floor(Math.max(0, Math.min(px, scale.width - 0.01)) / scale.step);
        form.elements.from.value = isoOf(dayAt(Math.min(start, x)));
        form.elements.to.value = isoOf(dayAt(Math.max(start, x)));
      }
      start = null;
      filtersChanged();
    });
  }

  // ---------- the event panel ----------

  function closePanel(opts) {
    state.openEvent = null;
    $("panel").hidden = true;
    $("panel-body").replaceChildren();
    draw();
    if (!(opts && opts.keepHash)) updateHash();
  }

  function dateText(d) {
    if (!d) return "undated";
    const range = d.start !== d.end ? ` (between ${d.start} and ${d.end})` : "";
    return `${d.best}${range}, precision ${d.time_precision}: ${TIME_PRECISION[d.time_precision] || "?"}`;
  }

  function rangeText(f) {
    if (!f || (f.best === null && f.low === null && f.high === null)) return "not stated";
    const low = f.low ?? f.best;
    const high = f.high ?? f.best;
    const range = low === high ? `${low}` : `${low}–${high}`;
    const best = f.best !== null && f.best !== undefined && low !== high ? ` (best ${f.best})` : "";
    return range + best + (f.imputed ? " (imputed by convention)" : "");
  }

  function actorText(a) {
    if (!a) return "—";
    const extra = [a.text && a.text !== a.name ? `as written: “${a.text}”` : null, a.country, a.inter ? `inter ${a.inter}` : null].filter(Boolean);
    return extra.length ? `${a.name} (${extra.join(", ")})` : a.name;
  }

  function placeText(loc) {
    if (!loc) return "unknown";
    const parts = [loc.name, loc.admin2, loc.admin1, loc.country].filter(Boolean);
    const coords = loc.lat !== null && loc.lon !== null ? ` at ${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}` : "";
    return `${parts.join(", ")}${coords}; precision ${loc.geo_precision}: ${GEO_PRECISION[loc.geo_precision] || "?"}`;
  }

  function claimItem(c) {
    const chain = c.chain && c.chain.length ? c.chain.join(" → ") : c.source;
    return el("li", {},
      el("span", { class: "chain" }, chain),
      ` (${c.kind})`,
      c.verb ? ` ${c.verb}` : "",
      c.hedge ? [" — hedge: ", el("span", { class: "hedge" }, c.hedge)] : "",
      c.fields && c.fields.length ? el("div", { class: "muted" }, `supports: ${c.fields.join(", ")}${c.value !== null && c.value !== undefined ? ` = ${c.value}` : ""}`) : "",
      c.quote ? el("div", { class: "muted" }, `“${c.quote}”`) : "",
      el("div", { class: "muted" }, `in ${c.outlet || "an unnamed outlet"}, article ${c.article_id}`),
    );
  }

  function sourceItem(s) {
    const extra = [s.kind, s.side ? `speaks for ${s.side}` : null, s.owner_country, s.reprints ? `${s.reprints} reprint(s)` : null].filter(Boolean);
    return el("li", {}, el("span", { class: "chain" }, s.outlet || "unnamed outlet"), ` (${extra.join(", ")})`);
  }

  function contradictionItem(c) {
    const values = (c.values || []).map((v) => `${JSON.stringify(v.value)} per ${(v.sources || []).join(", ") || "?"}`);
    return el("li", {}, el("strong", {}, c.field), `: ${values.join(" vs ")}`, c.note ? el("div", { class: "muted" }, c.note) : "");
  }

  function revisionItem(r) {
    const changes = Object.entries(r.changes || {}).map(([field, [a, b]]) => `${field}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
    return el("li", {}, `#${r.number} ${r.at} ${r.action.replace(/_/g, " ")}`, r.article_id ? ` (article ${r.article_id})` : "",
      changes.length ? el("div", { class: "muted" }, changes.join("; ")) : "");
  }

  // The article's clean text with this event's evidence marked; built from text nodes only.
  function highlighted(text, evidence, eventId) {
    const spans = evidence
      .filter((e) => e.start >= 0 && e.end <= text.length && e.end > e.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const e of spans) {
      const mine = e.event_id === eventId;
      const last = merged[merged.length - 1];
      if (last && e.start < last.end) {
        last.end = Math.max(last.end, e.end);
        last.fields.add(e.field);
        last.mine = last.mine || mine;
      } else merged.push({ start: e.start, end: e.end, fields: new Set([e.field]), mine });
    }
    const box = el("div", { class: "article-text" });
    let at = 0;
    for (const span of merged) {
      if (span.start > at) box.append(document.createTextNode(text.slice(at, span.start)));
      const mark = el("mark", { class: span.mine ? "evidence" : "evidence evidence-other", title: `evidence: ${[...span.fields].join(", ")}` },
        text.slice(span.start, span.end));
      box.append(mark);
      at = span.end;
    }
    if (at < text.length) box.append(document.createTextNode(text.slice(at)));
    return box;
  }

  async function articleBlock(ref, eventId) {
    const head = el("div", {}, el("strong", {}, ref.title || "(untitled)"),
      el("div", { class: "muted" }, [ref.outlet, ref.published, ref.url].filter(Boolean).join(" · ")));
    const block = el("div", { class: "article" }, head);
    block.dataset.article = ref.id;
    try {
      const data = await api(`/articles/${encodeURIComponent(ref.sha256 || ref.id)}`);
      block.append(highlighted(data.article.text, data.evidence, eventId));
    } catch (err) {
      block.append(el("div", { class: "muted" }, `article unavailable: ${err.message}`));
    }
    return block;
  }

  async function openEvent(id, opts) {
    state.openEvent = id;
    if (!(opts && opts.keepHash)) updateHash();
    draw();
    const panel = $("panel");
    const body = $("panel-body");
    panel.hidden = false;
    body.replaceChildren(el("p", { class: "muted" }, "loading…"));
    let data;
    try {
      data = await api(`/events/${encodeURIComponent(id)}`);
    } catch (err) {
      if (state.openEvent === id) body.replaceChildren(el("p", { class: "muted" }, `cannot load event: ${err.message}`));
      return;
    }
    if (state.openEvent !== id) return;
    const ev = data.event;
    const flags = el("div", { class: "flags" },
      ev.flags.map((f) => el("span", { class: `flag ${f}` }, FLAG_LABELS[f] || f)));
    const figures = ev.figures.map((f) => el("li", {}, `${f.field}: ${rangeText({ best: f.value, low: f.low, high: f.high, imputed: f.imputed })} per ${f.source}`));
    const sections = [
      el("h2", {}, `${ev.event_type} — ${ev.sub_event_type}`),
      flags,
      el("dl", {},
        el("dt", {}, "Actors"), el("dd", { id: "ev-actors" }, `${actorText(ev.actor1)} · ${actorText(ev.actor2)}`),
        el("dt", {}, "Place"), el("dd", {}, placeText(ev.location)),
        el("dt", {}, "Date"), el("dd", {}, dateText(ev.date)),
        el("dt", {}, "Fatalities"), el("dd", { id: "ev-fatalities" }, `${rangeText(ev.fatalities)} (rule: ${ev.fatality_rule})`),
        el("dt", {}, "Injured"), el("dd", {}, rangeText(ev.injured)),
        el("dt", {}, "Sources"), el("dd", {}, `${ev.corroboration} independent source chain(s)`),
        el("dt", {}, "Confidence"), el("dd", {}, Number(ev.confidence).toFixed(2)),
        el("dt", {}, "Event id"), el("dd", { class: "muted" }, `${ev.event_id} (revision ${ev.revision})`),
      ),
      el("h3", {}, `Claims (${ev.claims.length})`),
      el("ul", { class: "claims" }, ev.claims.length ? ev.claims.map(claimItem) : el("li", { class: "muted" }, "no attributed claim: the outlet's own account")),
      figures.length ? [el("h3", {}, "Figures by source"), el("ul", {}, figures)] : "",
      el("h3", {}, "Source chains"),
      el("ul", { class: "sources" }, ev.sources.map(sourceItem)),
      ev.contradictions.length ? [el("h3", {}, "Contradictions"), el("ul", { class: "contradictions" }, ev.contradictions.map(contradictionItem))] : "",
      el("h3", {}, "Revisions"),
      el("ul", { class: "revisions" }, (data.revisions || []).map(revisionItem)),
      el("h3", {}, "Articles"),
    ];
    body.replaceChildren(...sections.flat());
    for (const ref of ev.articles) {
      const block = await articleBlock(ref, ev.event_id);
      if (state.openEvent !== id) return;
      body.append(block);
    }
  }

  // ---------- wiring ----------

  function filtersChanged() {
    updateHash();
    reload();
  }

  function setupMapControls() {
    const map = $("map");
    let drag = null;
    map.addEventListener("pointerdown", (e) => {
      drag = { x: e.clientX, y: e.clientY, tx: state.view.tx, ty: state.view.ty };
      map.setPointerCapture(e.pointerId);
      map.classList.add("dragging");
    });
    map.addEventListener("pointermove", (e) => {
      if (!drag) return;
      state.view.tx = drag.tx + e.clientX - drag.x;
      state.view.ty = drag.ty + e.clientY - drag.y;
      draw();
    });
    const end = () => {
      if (!drag) return;
      drag = null;
      map.classList.remove("dragging");
      viewChanged();
    };
    map.addEventListener("pointerup", end);
    map.addEventListener("pointercancel", end);
    map.addEventListener("wheel", (e) => {
      e.preventDefault();
      zoomAt(e.offsetX, e.offsetY, Math.exp(-e.deltaY * 0.0015));
    }, { passive: false });
    $("zoom-in").addEventListener("click", () => { const [w, h] = mapSize(); zoomAt(w / 2, h / 2, 2); });
    $("zoom-out").addEventListener("click", () => { const [w, h] = mapSize(); zoomAt(w / 2, h / 2, 0.5); });
  }

  function zoomAt(px, py, factor) {
    const { k, tx, ty } = state.view;
    const k2 = Math.max(1, Math.min(k * factor, 2 ** 16));
    state.view = { k: k2, tx: px - ((px - tx) * k2) / k, ty: py - ((py - ty) * k2) / k };
    viewChanged();
  }

  function setup() {
    drawLegend();
    const form = $("filters");
    let typing = null;
    form.addEventListener("change", filtersChanged);
    form.addEventListener("input", (e) => {
      if (e.target.type !== "search") return;
      clearTimeout(typing);
      typing = setTimeout(filtersChanged, 400);
    });
    form.addEventListener("submit", (e) => { e.preventDefault(); filtersChanged(); });
    form.addEventListener("reset", () => setTimeout(filtersChanged, 0));
    $("panel-close").addEventListener("click", () => closePanel());
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("panel").hidden) closePanel(); });
    window.addEventListener("hashchange", () => { if (location.hash !== state.lastHash) applyHash(); });
    window.addEventListener("resize", () => { draw(); drawTimeline(); });
    setupMapControls();
    setupBrush();
  }

  // The base layer and the events load side by side; the outlines slot in under the markers.
  async function main() {
    setup();
    applyHash();
    try {
      await loadCountries();
      if (state.statsAll) fillCountries(state.statsAll.by_country || {});
    } catch (err) {
      setStatus(`base map unavailable: ${err.message}`, true);
    }
  }

  main();
})();
