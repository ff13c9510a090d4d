/* newsledger web UI: plain JavaScript, no build step, no network beyond this server.
   Every text from the ledger goes into the page through textContent (the h() helper), never
   as HTML, so an article cannot inject markup. Routing is hash based: #/entity/12. */
"use strict";

const STATUSES = ["occurred", "planned", "speculated", "denied"];
const COLORS = {occurred: "#2e7d32", planned: "#1565c0", speculated: "#c77700", denied: "#c62828",
                statement: "#6a3fa0", PERSON: "#1d4f91", ORG: "#7b3f98", GPE: "#2e7d32", LOC: "#2e7d32",
                FAC: "#2e7d32", NORP: "#6b6b6b", OTHER: "#6b6b6b"};
const SVGNS = "http://www.w3.org/2000/svg";
const main = () => document.getElementById("main");

/* ---------- DOM helpers ---------- */

function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, kids);
  return el;
}
function s(tag, attrs, ...kids) {
  const el = document.createElementNS(SVGNS, tag);
  setAttrs(el, attrs);
  append(el, kids);
  return el;
}
function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : v);
  }
}
function append(el, kids) {
  for (const k of kids.flat(Infinity)) {
    if (k === null || k === undefined || k === false) continue;
    el.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
}
const fmtN = n => (n ?? 0).toLocaleString("en-GB");
const plural = (n, one, many) => `${fmtN(n)} ${n === 1 ? one : (many || one + "s")}`;

/* ---------- data ---------- */

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, v);
  const res = await fetch(url, {headers: {Accept: "application/json"}});
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const detail = Array.isArray(body.detail) ? body.detail.map(d => `${(d.loc || []).slice(-1)[0]}: ${d.msg}`).join("; ") : body.detail;
    throw new Error(detail || `${res.status} ${res.statusText}`);
  }
  return body;
}

/* A write to the ledger with the operator's token (kept for this browser tab only). */
async function apiPost(path, body) {
  const token = sessionStorage.getItem("newsledger-token") || "";
  const res = await fetch(path, {method: "POST", body: JSON.stringify(body),
    headers: {"Content-Type": "application/json", Authorization: `Bearer ${token}`}});
  const out = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(typeof out.detail === "string" ? out.detail : `${res.status} ${res.statusText}`);
  return out;
}

/* ISO dates of any precision ("2023", "2023-01", "2023-01-19T10:00") as a Date, or null. */
function toDate(v) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v || "");
  return m ? new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1)) : null;
}
const TIMEX_WORDS = {PAST_REF: "in the past", PRESENT_REF: "now", FUTURE_REF: "in the future",
                     SP: "spring", SU: "summer", FA: "autumn", WI: "winter", MO: "morning", AF: "afternoon", EV: "evening", NI: "night"};
const WEEKDAYS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/* A TIMEX3 value that is no calendar date, as people write it ("a Sunday", "week 3 of 2023",
   "summer 2023", "in the past"); null for a calendar date (fmtDate's plain case). */
function timexWords(v) {
  if (TIMEX_WORDS[v]) return TIMEX_WORDS[v];
  if (v === "XXXX") return "a year, unknown which";
  let m = /^(\d{4}|XXXX)-W(\d{2}|XX)(?:-(\d|WE))?/.exec(v);
  if (m) {
    const year = m[1] === "XXXX" ? "year unknown" : m[1], week = m[2] === "XX" ? null : +m[2];
    const day = m[3] === "WE" ? "the weekend" : m[3] ? `a ${WEEKDAYS[+m[3]]}` : null;
    if (day) return `${day}${week ? ` of week ${week}` : ""}${m[1] === "XXXX" ? "" : `, ${year}`}`;
    return week ? `week ${week} of ${year}` : `a week${m[1] === "XXXX" ? "" : ` of ${year}`}`;
  }
  m = /^(\d{4}|XXXX)-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(v);
  if (m) return `${TIMEX_WORDS[m[2]] || m[2]} ${m[1] === "XXXX" ? "(year unknown)" : m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI)$/.exec(v);
  if (m) return `${fmtDate(v.slice(0, 10))}, ${TIMEX_WORDS[m[4]]}`;
  if (/^(\d{2,3}X*|XXXX)(-XX)*(-XX)?$/.test(v)) return /^\d{3}X$/.test(v) ? `the ${v.slice(0, 3)}0s` : /^\d{2}XX$/.test(v) ? `the ${+v.slice(0, 2) + 1}th century` : "date unknown";
  if (/^P/.test(v)) return "a period";
  return null;
}
function fmtDate(v) {
  const words = v ? timexWords(v) : null;
  if (words) return words;
  const d = toDate(v), partial = /^XXXX-(\d{2})(?:-(\d{2}))?/.exec(v || "");
  if (partial) {            // a day and month whose year nobody could tell
    const md = new Date(Date.UTC(2000, +partial[1] - 1, +(partial[2] || 1)));
    return md.toLocaleDateString("en-GB", {day: partial[2] ? "numeric" : undefined, month: "short", timeZone: "UTC"}) + ", year unknown";
  }
  if (!d) return v ? "date unknown" : "undated";
  const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(v);
  const opts = m[3] ? {day: "numeric", month: "short", year: "numeric"} : m[2] ? {month: "short", year: "numeric"} : {year: "numeric"};
  return d.toLocaleDateString("en-GB", {...opts, timeZone: "UTC"});
}

/* ---------- routing ---------- */

const routes = [
  [/^\/?$/, viewHome],
  [/^\/search\/(.+)$/, viewSearch],
  [/^\/entity\/(\d+)$/, viewEntity],
  [/^\/statements$/, viewStatements],
  [/^\/timeline$/, viewTimeline],
  [/^\/graph$/, viewGraph],
  [/^\/map$/, viewMap],
  [/^\/forecasts$/, viewForecasts],
  [/^\/articles$/, viewArticles],
  [/^\/article\/(.+)$/, viewArticle],
  [/^\/help$/, viewHelp],
  [/^\/review$/, viewReview],
];

/* Back returns to where the page was scrolled: each history entry keeps its scroll position in its
   state (a new entry has none, so it opens at the top); views drawn after the first paint (charts)
   get a second try once they are there. A position is written only to the entry it was taken on
   (Back may land before the pending write), and before a link leaves it; restoring is instant, so
   it also stops a smooth scroll still running from the page left (an article scrolling to its
   focused statement). */
let scrollTimer = null, rendering = false;
history.scrollRestoration = "manual";
function saveScroll(where) {
  if (location.hash === where) history.replaceState({...(history.state || {}), scroll: window.scrollY}, "");
}
window.addEventListener("scroll", () => {
  clearTimeout(scrollTimer);
  if (rendering) return;
  const where = location.hash;
  scrollTimer = setTimeout(() => saveScroll(where), 80);
});
/* A link followed before that write is due writes it first (a busy page may not have run the timer). */
document.addEventListener("click", e => {
  if (rendering || !e.target.closest("a[href^='#']")) return;
  clearTimeout(scrollTimer);
  saveScroll(location.hash);
}, true);
function restoreScroll(y) {
  const to = () => window.scrollTo({top: y, left: 0, behavior: "instant"});
  to();
  requestAnimationFrame(() => setTimeout(() => { if (y) to(); rendering = false; }, 60));
}
/* Changes the address of the current view without drawing it again (map zoom, selection). */
function replaceHash(hash) {
  history.replaceState(history.state, "", hash);
}

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query] = raw.split("?");
  return {path, params: Object.fromEntries(new URLSearchParams(query || ""))};
}
function link(path, params) {
  const q = new URLSearchParams(Object.entries(params || {}).filter(([, v]) => v !== "" && v !== null && v !== undefined));
  return "#" + path + (q.toString() ? "?" + q : "");
}

let renderToken = 0;
async function route() {
  const {path, params} = parseHash();
  const token = ++renderToken, saved = (history.state && history.state.scroll) || 0;
  rendering = true;
  clearTimeout(scrollTimer);
  for (const a of document.querySelectorAll(".nav a")) a.classList.toggle("active", a.getAttribute("href") === "#" + path);
  const root = main();
  for (const [re, view] of routes) {
    const m = re.exec(path);
    if (!m) continue;
    root.replaceChildren(h("p", {class: "loading", text: "Loading…"}));
    try {
      if (view !== viewSearch) document.getElementById("search").value = "";
      const content = await view(params, ...m.slice(1).map(decodeURIComponent));
      if (token !== renderToken) return;      // the user already went elsewhere
      root.replaceChildren(content);
      const head = root.querySelector("h1");
      document.title = head && view !== viewEntity && view !== viewArticle && view !== viewInbox ? `${head.textContent} — newsledger` : document.title;
    } catch (err) {
      if (token === renderToken) root.replaceChildren(h("p", {class: "error", role: "alert", text: err.message}));
      document.title = "Error — newsledger";
    }
    if (!params.focus) restoreScroll(saved);
    else rendering = false;
    return;
  }
  root.replaceChildren(h("p", {class: "error", text: "No such page."}));
}

/* ---------- shared pieces ---------- */

const entityLink = (id, name, type) => id ? h("a", {href: `#/entity/${id}`, class: type ? `t-${type}` : null, text: name || `#${id}`}) : (name || "—");
const typeBadge = type => h("span", {class: `badge t-${type}`, text: type});
const statusBadge = status => h("span", {class: `badge s-${status}`, text: status});
const articleLink = (id, label, focus) => h("a", {href: link(`/article/${encodeURIComponent(id)}`, focus ? {focus} : null), text: label || id});
const section = (title, ...kids) => h("section", {class: "card"}, h("h2", {text: title}), ...kids);
const empty = text => h("p", {class: "empty", text});

/* The words of the text that name the speaker, beside the entity they were resolved to, when
   they differ ("he", "the Belarusian opposition figure"): a misattribution shows on the card. */
function saidAs(st) {
  const said = (st.speaker_text || "").trim();
  if (!st.speaker_id || !said || said.toLowerCase() === (st.speaker || "").toLowerCase()) return null;
  return h("span", {class: "said-as", title: "the words in the text that name the speaker"}, "as “", h("b", {text: said}), "”");
}
function statementCard(st, {showSpeaker = true, highlight = null} = {}) {
  const who = st.speaker_id ? [entityLink(st.speaker_id, st.speaker), " ", saidAs(st)] : (st.speaker_text || "unattributed");
  const sources = st.sources && st.sources.length > 1 ? ` · also ${st.sources.length - 1} other report${st.sources.length > 2 ? "s" : ""}` : "";
  return h("article", {class: `statement ${st.kind}`, "data-id": st.id},
    showSpeaker ? h("div", {class: "row"}, h("span", {class: "who"}, who), st.cue ? h("span", {class: "muted", text: st.cue}) : null) : null,
    h("blockquote", {}, marked(st.kind === "direct" ? `“${st.content}”` : st.content, highlight)),
    h("div", {class: "meta"},
      h("span", {class: "nowrap", text: fmtDate(st.date || st.said_on || st.published)}),
      st.outlet ? h("span", {text: st.outlet}) : null,
      st.certainty !== "asserted" ? h("span", {class: `badge c-${st.certainty}`, text: st.certainty}) : null,
      st.forecast ? h("span", {class: "badge fc", text: "forecast"}) : null,
      st.channel ? h("span", {text: `via ${st.channel}`}) : null,
      articleLink(st.article_id, `${st.title || st.article_id}${sources}`, `s${st.id}`)));
}

/* TEXT with the words of a search (not its operators) marked. */
function marked(text, query) {
  const words = (query || "").replace(/\b(AND|OR|NOT|NEAR)\b|[()"*]/g, " ").split(/\s+/).filter(w => w.length > 1);
  if (!words.length) return text;
  const escaped = words.map(w => w.replace(/[.*+?^$|[\]\\{}()]/g, "\\$&")).join("|");
  const re = new RegExp("\\b(" + escaped + ")\\w*", "giu");
  const out = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push(text.slice(last, m.index), h("mark", {text: m[0]}));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/* Links that take the list away: the same filters, as CSV or JSON. */
function downloads(path, params, label = "Download") {
  const q = Object.fromEntries(Object.entries(params).filter(([k, v]) => v !== "" && v !== undefined && v !== null && !["offset", "limit", "view"].includes(k)));
  const url = fmt => `${path}?${new URLSearchParams({...q, format: fmt})}`;
  return h("p", {class: "downloads small"}, `${label}: `,
    h("a", {href: url("csv"), download: "", class: "dl-csv", text: "CSV"}), " · ",
    h("a", {href: url("json"), download: "", class: "dl-json", text: "JSON"}));
}

function participants(ids, names) {
  return (names || []).map((n, i) => [i ? ", " : "", entityLink(ids[i], n)]);
}
function eventCard(ev) {
  const actors = participants(ev.actor_ids, ev.actors), targets = participants(ev.target_ids, ev.targets);
  return h("article", {class: "event", "data-id": ev.id},
    h("div", {class: "ev-line"},
      h("span", {class: "ev-type", text: ev.type}), statusBadge(ev.status),
      actors.length ? h("span", {}, actors) : h("span", {class: "muted", text: "someone"}),
      targets.length ? [h("span", {class: "arrow", text: "→"}), h("span", {}, targets)] : null,
      ev.place ? h("span", {class: "muted"}, "in ", entityLink(ev.place_id, ev.place)) : null),
    h("div", {class: "evidence", text: ev.evidence}),
    h("div", {class: "meta"},
      h("span", {class: "nowrap", text: fmtDate(ev.when || ev.date || ev.published)}),
      ev.source ? h("span", {}, "according to ", entityLink(ev.source_id, ev.source)) : null,
      ev.outlet ? h("span", {text: ev.outlet}) : null,
      ev.article_id ? articleLink(ev.article_id, ev.title || ev.article_id, `e${ev.id}`) : null));
}

function pager(pageData, params, path) {
  const {total, limit, offset} = pageData;
  if (total <= limit && !offset) return null;
  const to = Math.min(offset + limit, total);
  return h("nav", {class: "pager", "aria-label": "Pages"},
    offset > 0 ? h("a", {class: "button secondary", href: link(path, {...params, offset: Math.max(0, offset - limit)}), text: "← Previous"}) : null,
    h("span", {class: "muted", text: `${fmtN(offset + 1)}–${fmtN(to)} of ${fmtN(total)}`}),
    to < total ? h("a", {class: "button secondary", href: link(path, {...params, offset: offset + limit}), text: "Next →"}) : null);
}

/* A filter form whose values live in the hash, so every filtered view can be bookmarked. */
function filterForm(path, params, fields) {
  const form = h("form", {class: "filters", role: "search"});
  for (const f of fields) {
    let input;
    if (f.options) {
      input = h("select", {name: f.name}, h("option", {value: "", text: f.any || "any"}),
        f.options.map(o => h("option", {value: o, text: o, selected: params[f.name] === o})));
    } else {
      const date = f.type === "date";        // any precision: 2023, 2023-01 or 2023-01-19
      input = h("input", {name: f.name, type: date ? "text" : (f.type || "text"), value: params[f.name] || "", class: date ? "date" : null,
                          placeholder: date ? "2023, 2023-01…" : (f.placeholder || ""), pattern: date ? "\\d{4}(-\\d{2}(-\\d{2})?)?" : null});
    }
    form.append(h("label", {}, f.label, input));
  }
  form.append(h("button", {type: "submit", text: "Apply"}),
              h("a", {class: "button secondary", href: "#" + path, text: "Clear"}));
  form.addEventListener("submit", e => {
    e.preventDefault();
    const kept = Object.fromEntries(Object.entries(params).filter(([k]) => ["view", "sort", "limit"].includes(k)));
    location.hash = link(path, {...kept, ...Object.fromEntries(new FormData(form))});
  });
  return form;
}
let statsCache = null;
const loadStats = async () => statsCache || (statsCache = await api("/api/stats"));

/* ---------- search box: suggestions with the keyboard ---------- */

function setupSearch() {
  const input = document.getElementById("search"), list = document.getElementById("suggest");
  const form = document.getElementById("search-form");
  let items = [], active = -1, timer = null, seq = 0;
  const close = () => { list.hidden = true; list.replaceChildren(); active = -1; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); };
  const mark = () => {
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", i === active ? "true" : "false"));
    if (active >= 0) input.setAttribute("aria-activedescendant", list.children[active].id);
  };
  const open = i => { close(); const it = items[i]; location.hash = it.href; input.blur(); };
  async function suggest() {
    const q = input.value.trim(), mine = ++seq;
    if (q.length < 2) return close();
    const res = await api("/api/entities", {q, limit: 7}).catch(() => null);
    if (mine !== seq || !res) return;
    items = res.items.map(e => ({href: `#/entity/${e.id}`, el: [typeBadge(e.type), h("span", {class: "grow", text: e.name}), h("span", {class: "muted small", text: plural(e.mentions, "mention")})]}));
    items.push({href: `#/search/${encodeURIComponent(q)}`, el: [h("span", {text: `Search everything for “${q}”`})], all: true});
    list.replaceChildren(...items.map((it, i) => {
      const li = h("li", {id: `sg-${i}`, role: "option", class: it.all ? "all" : null}, it.el);
      li.addEventListener("mousedown", e => { e.preventDefault(); open(i); });
      return li;
    }));
    list.hidden = false; input.setAttribute("aria-expanded", "true"); active = -1; mark();
  }
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(suggest, 120); });
  input.addEventListener("keydown", e => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (list.hidden) return;
      e.preventDefault();
      const n = items.length;        // -1 is the input itself
      active = e.key === "ArrowDown" ? (active + 1 >= n ? -1 : active + 1) : (active - 1 < -1 ? n - 1 : active - 1);
      mark();
    } else if (e.key === "Escape") { close(); }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  form.addEventListener("submit", e => {
    e.preventDefault();
    const q = input.value.trim();
    if (active >= 0 && !list.hidden) return open(active);
    close();
    if (q) location.hash = `#/search/${encodeURIComponent(q)}`;
  });
  document.addEventListener("keydown", e => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey) { e.preventDefault(); input.focus(); input.select(); }
  });
}

/* ---------- views ---------- */

async function viewHome() {
  const [stats, top, latest, hist, fc] = await Promise.all([
    loadStats(), api("/api/entities", {limit: 12}), api("/api/statements", {limit: 6}), api("/api/timeline"),
    api("/api/forecasts", {limit: 1})]);
  const c = stats.counts;        // statements and forecasts as their pages count them: a claim several outlets carry, once
  const cards = [["articles", c.articles, "#/articles"], ["entities", c.entities, null], ["statements", latest.total, "#/statements"],
                 ["events", c.events, "#/timeline"], ["forecasts", fc.total, "#/forecasts"]].map(([k, n, href]) =>
    h("div", {class: "stat", "data-kind": k}, h("b", {text: fmtN(n)}), href ? h("a", {href, text: k}) : h("span", {text: k})));
  const maxOutlet = Math.max(1, ...stats.outlets.map(o => o.n));
  const chart = h("div", {class: "chart", id: "home-timeline"});
  const page = h("div", {},
    h("div", {class: "page-head"}, h("h1", {text: "The ledger"}),
      h("p", {class: "muted", text: stats.published.first ? `Articles published ${fmtDate(stats.published.first)} – ${fmtDate(stats.published.last)}` : "No articles yet: run newsledger ingest."})),
    h("div", {class: "stats"}, cards),
    h("div", {class: "grid"},
      h("div", {},
        section("Events per month", chart, timelineLegend()),
        section("Latest statements", latest.items.length ? latest.items.map(st => statementCard(st)) : empty("No statements yet."),
                h("p", {}, h("a", {href: "#/statements", text: "All statements →"})))),
      h("div", {},
        section("Most mentioned", h("ul", {class: "list"}, top.items.map(e => h("li", {class: "row"},
          h("span", {class: "grow"}, entityLink(e.id, e.name)), typeBadge(e.type), h("span", {class: "muted small", text: fmtN(e.mentions)}))))),
        section("Outlets", h("ul", {class: "list"}, stats.outlets.slice(0, 12).map(o => h("li", {},
          h("div", {class: "row"}, h("a", {class: "grow", href: link("/articles", {outlet: o.value}), text: o.value}), h("span", {class: "muted small", text: fmtN(o.n)})),
          h("div", {class: "bar"}, barFill(o.n / maxOutlet)))))))));
  requestAnimationFrame(() => drawHistogram(chart, hist.months));
  return page;
}
function barFill(frac) {
  const i = h("i");
  i.style.width = `${Math.round(frac * 100)}%`;
  return i;
}

const MAX_QUERY = 200;
/* What to do when a search cannot run: too long, or not in the search syntax (the server says why). */
function searchHelp(q, message) {
  return h("div", {class: "card search-help", role: "alert"},
    h("h1", {text: "This search cannot run"}), h("p", {text: message}),
    h("dl", {class: "help"}, [["Lukashenko troops", "statements and articles with both words"], ["\"will not send\"", "the exact phrase"],
      ["troops OR soldiers", "either word"], ["troops NOT exercises", "the first without the second"], ["mobili*", "words starting so"],
      ["(Minsk OR Kyiv) AND talks", "groups"]].map(([k, v]) => [h("dt", {}, h("kbd", {text: k})), h("dd", {text: v})])),
    h("p", {class: "muted small", text: `Searches are limited to ${MAX_QUERY} characters.`}));
}

async function viewSearch(params, q) {
  document.getElementById("search").value = q;
  if (q.length > MAX_QUERY)
    return searchHelp(q, `Your search has ${fmtN(q.length)} characters; at most ${MAX_QUERY} are read. Shorten it to its key words or a phrase.`);
  let res;
  try {
    res = await api("/api/search", {q, limit: 20});
  } catch (err) {
    if (/Search syntax/.test(err.message)) return searchHelp(q, err.message.replace(/ To search, .*$/, ""));
    throw err;
  }
  const snippet = text => {
    const p = h("p", {class: "snippet"});
    for (const [i, part] of (text || "").split(/[\u0002\u0003]/).entries()) p.append(i % 2 ? h("mark", {text: part}) : part);
    return p;
  };
  return h("div", {},
    h("div", {class: "page-head"}, h("h1", {text: `“${q}”`}),
      h("p", {class: "muted", text: `${plural(res.entities.total, "entity", "entities")} · ${plural(res.statements.total, "statement")} · ${plural(res.articles.total, "article")}`})),
    h("div", {class: "grid"},
      h("div", {},
        section(`Statements (${fmtN(res.statements.total)})`, res.statements.items.length ? res.statements.items.map(st => statementCard(st, {highlight: q})) : empty("No statement contains these words."),
          res.statements.total > res.statements.items.length ? h("a", {href: link("/statements", {q}), text: "All matching statements →"}) : null),
        section(`Articles (${fmtN(res.articles.total)})`, res.articles.items.length ? h("ul", {class: "list"}, res.articles.items.map(a => h("li", {},
          h("div", {class: "row"}, h("span", {class: "grow"}, articleLink(a.id, a.title || a.id)), h("span", {class: "muted small nowrap", text: `${a.outlet || ""} · ${fmtDate(a.published)}`})),
          snippet(a.snippet)))) : empty("No article contains these words."))),
      h("div", {},
        section(`Entities (${fmtN(res.entities.total)})`, res.entities.items.length ? h("ul", {class: "list", id: "entity-results"}, res.entities.items.map(e => h("li", {class: "row"},
          h("span", {class: "grow"}, entityLink(e.id, e.name)), typeBadge(e.type),
          h("span", {class: "muted small", text: `${plural(e.mentions, "mention")}, ${plural(e.statements, "statement")}`})))) : empty("No entity goes by this name.")))));
}

async function viewEntity(params, id) {
  const [d, edits] = await Promise.all([api(`/api/entities/${id}`, {limit: 100}), api(`/api/entities/${id}/edits`)]);
  const seen = d.first_seen_iso ? `${fmtDate(d.first_seen_iso)} – ${fmtDate(d.last_seen_iso)}` : "";
  const timeline = h("div", {class: "chart", id: "timeline"});
  const map = h("div", {class: "chart", id: "map"});
  const marks = [...d.events.items.map(eventMark),
                 ...d.statements_by.items.map(st => statementMark(st, "said")),
                 ...d.statements_about.items.map(st => statementMark(st, "about"))];
  const page = h("div", {class: "dossier"},
    h("header", {class: "card dossier-head"},
      h("h1", {}, h("span", {text: d.name}), typeBadge(d.type)),
      h("div", {class: "meta"}, h("span", {text: plural(d.mentions, "mention")}), seen ? h("span", {text: `seen ${seen}`}) : null,
        d.geo ? h("span", {text: `${d.geo.lat.toFixed(2)}, ${d.geo.lon.toFixed(2)}${d.geo.country ? " · " + d.geo.country : ""}`}) : null,
        h("a", {href: link("/statements", {speaker: d.id}), text: "all statements by"}),
        h("a", {href: link("/statements", {about: d.id}), text: "all statements about"}),
        h("a", {href: link("/graph", {entity: d.id, direction: "both"}), text: "graph"})),
      d.aliases.length ? h("div", {class: "aliases", "aria-label": "Names and spellings"},
        d.aliases.map(a => h("span", {class: "chip"}, a.alias, h("small", {text: fmtN(a.n)})))) : null,
      d.roles.length ? h("ul", {class: "roles", "aria-label": "Roles"}, d.roles.map(r => h("li", {},
        h("b", {text: r.role}), " ", h("span", {class: "muted", text: r.since === r.until ? fmtDate(r.since) : `${fmtDate(r.since)} – ${fmtDate(r.until)}`})))) : null),
    section("Timeline", timeline, timelineLegend(true)),
    h("div", {class: "grid"},
      h("div", {},
        section(`Statements by ${d.name} (${fmtN(d.statements_by.total)})`, h("div", {id: "statements-by"},
          d.statements_by.items.length ? d.statements_by.items.map(st => statementCard(st, {showSpeaker: false})) : empty("No statement attributed to this entity."))),
        section(`Statements about ${d.name} (${fmtN(d.statements_about.total)})`, h("div", {id: "statements-about"},
          d.statements_about.items.length ? d.statements_about.items.map(st => statementCard(st)) : empty("No statement names this entity."))),
        section(`Events (${fmtN(d.events.total)})`, d.events.items.length ? d.events.items.map(eventCard) : empty("No event involves this entity."))),
      h("div", {},
        section("Map", map, h("p", {class: "muted small", text: "Places of its events and places named alongside it."})),
        section(`Forecasts made (${fmtN(d.forecasts.total)})`, d.forecasts.items.length ? h("ul", {class: "list"}, d.forecasts.items.map(forecastItem)) : empty("No forecast by this entity.")),
        section("Appears with", d.co_occurring.length ? h("ul", {class: "list co"}, d.co_occurring.map(c => h("li", {class: "row"},
          h("span", {class: "grow"}, entityLink(c.id, c.name)), typeBadge(c.type), h("span", {class: "muted small", text: plural(c.n, "article")})))) : empty("Appears alone.")),
        d.other_matches.length ? section("Other entities with this name", h("ul", {class: "list"}, d.other_matches.map(i => h("li", {}, entityLink(i, `#${i}`))))) : null,
        section("Fix this identity", identityTools(d, edits)))));
  requestAnimationFrame(() => {
    drawTimeline(timeline, marks, true);
    const pts = aggregatePlaces(d.events.items);
    for (const p of d.places) if (!pts.some(q => q.id === p.id)) pts.push({...p, n: 0, events: [], statuses: {}});
    drawMap(map, pts, {height: 300});
  });
  document.title = `${d.name} — newsledger`;
  return page;
}

/* Merge, split, rename and "not the same", each with a note, behind the operator's token; every
   fix is listed with an Undo that puts back what it moved. */
function identityTools(d, edits) {
  if (!sessionStorage.getItem("newsledger-token")) return h("div", {id: "identity-tools"}, tokenForm());
  const note = h("input", {name: "note", type: "text", placeholder: "why (kept with the judgement)"});
  const status = h("p", {class: "small", role: "status"});
  const other = h("input", {name: "other", type: "text", placeholder: "name or id"});
  const alias = h("select", {name: "alias"}, d.aliases.map(a => h("option", {value: a.alias, text: `${a.alias} (${a.n})`})));
  const rename = h("input", {name: "name", type: "text", value: d.name});
  const done = p => p.then(out => { status.className = "small"; status.textContent = "Done."; route(); return out; })
    .catch(err => { status.className = "small error"; status.textContent = err.message; });
  const actions = {
    merge: () => apiPost("/api/entities/merge", {keep: String(d.id), drop: other.value, note: note.value}),
    different: () => apiPost("/api/entities/different", {a: String(d.id), b: other.value, note: note.value}),
    split: () => apiPost("/api/entities/split", {entity: String(d.id), alias: alias.value, note: note.value}),
    rename: () => apiPost(`/api/entities/${d.id}/rename`, {name: rename.value, note: note.value}),
  };
  const button = (key, text) => h("button", {type: "button", class: "secondary", "data-action": key, text, onclick: () => done(actions[key]())});
  return h("div", {id: "identity-tools"},
    h("div", {class: "filters"}, h("label", {}, "Another entity", other), button("merge", "Merge it into this"), button("different", "Not the same")),
    h("div", {class: "filters"}, h("label", {}, "Spelling", alias), button("split", "Split it off")),
    h("div", {class: "filters"}, h("label", {}, "Name", rename), button("rename", "Rename")),
    h("div", {class: "filters"}, h("label", {}, "Note", note)), status,
    edits.length ? h("ul", {class: "list small", id: "identity-edits"}, edits.map(e => h("li", {class: e.undone_at ? "row undone" : "row", "data-id": e.id},
      h("span", {class: "grow"}, h("b", {text: e.action}), " ", e.b && e.b !== d.id ? [entityLink(e.a === d.id ? e.b : e.a, e.a === d.id ? e.b_name : e.a_name), " — "] : null,
        e.summary, e.note ? h("span", {class: "muted", text: ` (${e.note})`}) : null),
      e.undone_at ? h("span", {class: "muted", text: "undone"})
        : h("button", {type: "button", class: "secondary", text: "Undo", onclick: () => done(apiPost(`/api/identity-edits/${e.id}/undo`, {}))})))) : null);
}

/* A forecast shown by the words that predict; the whole statement they sit in is its tooltip. */
function forecastWords(f) {
  return `“${f.claim || f.content}”`;
}

function forecastItem(f) {
  return h("li", {},
    h("div", {class: "row"}, h("span", {class: "grow", title: f.content, text: forecastWords(f)})),
    h("div", {class: "meta"}, h("span", {text: `made ${fmtDate(f.made_on)}`}), f.horizon ? h("span", {text: `by ${fmtDate(f.horizon)}`}) : null,
      f.verdict ? h("span", {class: `verdict-${f.verdict}`, text: f.verdict === "came_true" ? "came true" : "did not happen"}) : h("span", {class: "badge fc", text: "open"}),
      articleLink(f.article_id, "source", `s${f.statement_id}`)));
}

const FACET_LABELS = {speaker: "Speaker", outlet: "Outlet", certainty: "Certainty", kind: "Kind", forecast: "Forecast", month: "Month",
                      type: "Type", status: "Status", place: "Place"};
/* Facets with counts beside a list: each value narrows the list (months set from and to). */
function facetPanel(facets, path, params) {
  return h("aside", {class: "card facets", id: "facets"}, facets.filter(f => f.values.length).map(f => h("div", {class: "facet", "data-facet": f.name},
    h("h3", {text: FACET_LABELS[f.name] || f.name}),
    h("ul", {class: "list small"}, f.values.map(v => {
      const set = f.name === "month" ? {from: v.value, to: v.value} : {[f.name === "speaker" || f.name === "place" ? f.name : f.name]: v.value};
      const on = Object.entries(set).every(([k, x]) => params[k] === x);
      return h("li", {class: on ? "row on" : "row"},
        h("a", {class: "grow", href: link(path, on ? Object.fromEntries(Object.entries(params).filter(([k]) => !(k in set) && k !== "offset")) : {...params, ...set, offset: ""}),
                text: f.name === "month" ? fmtDate(v.value) : v.label}),
        h("span", {class: "muted", text: fmtN(v.n)}));
    })), f.more ? h("p", {class: "muted small", text: "and more"}) : null)));
}

/* The facet panel, filled in when its counts arrive: the list does not wait for them. */
function lazyFacets(url, filters, path, params) {
  const panel = h("aside", {class: "card facets", id: "facets-pending"}, h("p", {class: "muted small", text: "Counting…"}));
  api(url, filters).then(facets => panel.replaceWith(facetPanel(facets, path, params)))
    .catch(err => panel.replaceChildren(h("p", {class: "error small", text: err.message})));
  return panel;
}

function statementTable(items) {
  return h("table", {id: "statement-table"},
    h("thead", {}, h("tr", {}, ["Date", "Speaker", "Said as", "Statement", "Certainty", "Outlet"].map(t => h("th", {text: t})))),
    h("tbody", {}, items.map(st => h("tr", {"data-id": st.id},
      h("td", {class: "nowrap", text: fmtDate(st.date || st.said_on || st.published)}),
      h("td", {}, st.speaker_id ? entityLink(st.speaker_id, st.speaker) : h("span", {class: "muted", text: "unattributed"})),
      h("td", {class: "muted", text: st.speaker_text || ""}),
      h("td", {}, articleLink(st.article_id, st.content, `s${st.id}`)),
      h("td", {text: st.certainty}), h("td", {text: st.outlet || ""})))));
}

function listTools(path, params, sorts, withTable = true) {
  const table = params.view === "table";
  return h("div", {class: "toggles list-tools"},
    h("label", {}, "Sort ", h("select", {name: "sort", onchange: e => { location.hash = link(path, {...params, sort: e.target.value, offset: ""}); }},
      sorts.map(([v, t]) => h("option", {value: v, text: t, selected: (params.sort || sorts[0][0]) === v})))),
    withTable ? h("a", {href: link(path, {...params, view: table ? "" : "table"}), class: "view-toggle", text: table ? "Show as cards" : "Show as a table"}) : null);
}

async function viewStatements(params) {
  const stats = await loadStats();
  const filters = Object.fromEntries(Object.entries(params).filter(([k]) => !["view", "offset", "sort", "limit"].includes(k)));
  const res = await api("/api/statements", {...params, view: undefined, limit: 50});
  const fields = [
    {name: "q", label: "Words", placeholder: "full text", type: "search"},
    {name: "speaker", label: "Speaker", placeholder: "any spelling"},
    {name: "about", label: "About", placeholder: "entity named"},
    {name: "certainty", label: "Certainty", options: ["asserted", "believed", "speculated"]},
    {name: "forecast", label: "Forecasts", options: ["true", "false"], any: "all"},
    {name: "outlet", label: "Outlet", options: stats.outlets.map(o => o.value)},
    {name: "from", label: "From", type: "date"}, {name: "to", label: "To", type: "date"}];
  return h("div", {},
    h("div", {class: "page-head"}, h("h1", {text: "Statements"}), h("p", {class: "muted", id: "statement-total", text: `${fmtN(res.total)} found`})),
    filterForm("/statements", params, fields),
    h("div", {class: "with-facets"},
      lazyFacets("/api/statements/facets", filters, "/statements", params),
      h("div", {class: "card", id: "statement-list"}, listTools("/statements", params, [["newest", "newest first"], ["oldest", "oldest first"]]),
        downloads("/api/statements", {...filters, sort: params.sort}),
        res.items.length ? (params.view === "table" ? statementTable(res.items) : res.items.map(st => statementCard(st, {highlight: params.q})))
          : empty("No statement matches these filters."),
        pager(res, params, "/statements"))));
}

/* ---------- timeline ---------- */

function eventMark(ev) {
  return {when: ev.when || ev.date || ev.published, lane: ev.status, color: COLORS[ev.status], href: link(`/article/${encodeURIComponent(ev.article_id)}`, {focus: `e${ev.id}`}),
          label: `${ev.type} (${ev.status})${ev.actors.length ? ": " + ev.actors.join(", ") : ""}${ev.targets.length ? " → " + ev.targets.join(", ") : ""} — ${ev.evidence}`};
}
function statementMark(st, lane) {
  return {when: st.date || st.published, lane: lane === "about" ? "about" : "said", color: COLORS.statement, shape: "diamond",
          href: link(`/article/${encodeURIComponent(st.article_id)}`, {focus: `s${st.id}`}), label: `${st.speaker || st.speaker_text || "unattributed"}: ${st.content}`};
}
function timelineLegend(withStatements) {
  return h("div", {class: "legend"}, STATUSES.map(st => h("span", {}, legendDot(COLORS[st]), st)),
    withStatements ? h("span", {}, legendDot(COLORS.statement, true), "statement") : null);
}
function legendDot(color, square) {
  const i = h("i", {class: square ? "sq" : null});
  i.style.background = color;
  return i;
}

/* Lanes of marks along a time axis; marks on the same day in one lane stack sideways. */
function drawTimeline(container, marks, withStatements) {
  const about = marks.some(m => m.lane === "about");
  const lanes = [...(withStatements ? [["said", about ? "statements by" : "statements"], ["about", "statements about"]] : []),
                 ...STATUSES.map(st => [st, st])].filter(([k]) => !withStatements || marks.some(m => m.lane === k) || STATUSES.includes(k));
  const dated = marks.map(m => ({...m, d: toDate(m.when)})).filter(m => m.d);
  const W = Math.max(480, container.clientWidth || 800), laneH = 28, top = 10, left = 118, right = 20;
  const H = top + lanes.length * laneH + 30;
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `Timeline of ${dated.length} dated items`});
  if (!dated.length) {
    container.replaceChildren(svg);
    svg.append(s("text", {x: W / 2, y: H / 2, "text-anchor": "middle", class: "tl-lane", text: "Nothing dated to show."}));
    return;
  }
  const [lo, hi] = dataRange(dated.map(m => +m.d));
  const off = dated.filter(m => +m.d < lo || +m.d > hi).length;
  let t0 = lo, t1 = hi;
  const pad = Math.max(86400e3 * 2, (t1 - t0) * 0.04);
  t0 -= pad; t1 += pad;
  const x = t => left + (t - t0) / (t1 - t0) * (W - left - right);
  lanes.forEach(([key, label], i) => {
    const y = top + i * laneH + laneH / 2;
    svg.append(s("line", {class: "tl-grid", x1: left, x2: W - right, y1: y, y2: y}),
               s("text", {class: "tl-lane", x: left - 10, y: y + 4, "text-anchor": "end", text: label}));
  });
  const axisY = top + lanes.length * laneH + 4;
  const axis = s("g", {class: "tl-axis"});
  for (const t of ticks(t0, t1, Math.max(3, Math.floor((W - left) / 110)))) {
    axis.append(s("line", {class: "tl-grid", x1: x(+t.d), x2: x(+t.d), y1: top, y2: axisY}),
                s("text", {x: x(+t.d), y: axisY + 14, "text-anchor": "middle", text: t.label}));
  }
  svg.append(axis);
  if (off) svg.append(s("text", {class: "tl-lane tl-off", x: W - right, y: H - 2, "text-anchor": "end",
    text: `${plural(off, "item")} far from the rest, off the axis`}));
  svg.setAttribute("data-from", new Date(t0).toISOString().slice(0, 10));
  svg.setAttribute("data-to", new Date(t1).toISOString().slice(0, 10));
  const stack = {};
  for (const m of dated.sort((a, b) => a.d - b.d)) {
    const li = lanes.findIndex(([k]) => k === m.lane);
    if (li < 0 || +m.d < lo || +m.d > hi) continue;
    const key = `${li}:${Math.round(x(+m.d) / 6)}`;
    const n = stack[key] = (stack[key] || 0) + 1;
    const cx = x(+m.d) + (n - 1) * 5, cy = top + li * laneH + laneH / 2 + ((n - 1) % 2 ? -4 : 0);
    const shape = m.shape === "diamond"
      ? s("rect", {x: cx - 5, y: cy - 5, width: 10, height: 10, transform: `rotate(45 ${cx} ${cy})`, fill: m.color})
      : s("circle", {cx, cy, r: 6, fill: m.color});
    shape.setAttribute("class", "tl-mark");
    shape.setAttribute("tabindex", "0");
    shape.setAttribute("role", "link");
    shape.setAttribute("aria-label", `${fmtDate(m.when)}: ${m.label}`);
    shape.append(s("title", {text: `${fmtDate(m.when)} — ${m.label}`}));
    const go = () => { location.hash = m.href; };
    shape.addEventListener("click", go);
    shape.addEventListener("keydown", e => { if (e.key === "Enter") go(); });
    svg.append(shape);
  }
  container.replaceChildren(svg);
}

/* Where the data is: the whole span, unless a few outliers (a 1961 event among 2023's news) would
   stretch it; then the span of the rest, the outliers named apart (beyond 3 IQRs of the middle). */
function dataRange(times) {
  const t = [...times].sort((a, b) => a - b), q = f => t[Math.min(t.length - 1, Math.floor(f * (t.length - 1)))];
  if (t.length < 8) return [t[0], t[t.length - 1]];
  const iqr = Math.max(q(0.75) - q(0.25), 30 * 86400e3), lo = q(0.25) - 3 * iqr, hi = q(0.75) + 3 * iqr;
  const kept = t.filter(x => x >= lo && x <= hi);
  return [kept[0], kept[kept.length - 1]];
}

/* MONTHS with the empty months between them filled in, so the axis is continuous. */
function everyMonth(months) {
  const have = new Map(months.map(m => [m.month, m])), out = [];
  const [y0, m0] = months[0].month.split("-").map(Number), [y1, m1] = months[months.length - 1].month.split("-").map(Number);
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, m = 1) : m++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(have.get(key) || {month: key, statements: 0});
  }
  return out;
}

/* Events per month, stacked by status; a bar opens the timeline of its month. */
function drawHistogram(container, months, onRange = (from, to) => { location.hash = link("/timeline", {from, to}); }) {
  const W = Math.max(480, container.clientWidth || 800), H = 190, left = 36, bottom = 24, top = 8;
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `Events per month over ${months.length} months`});
  months = months.filter(m => /^\d{4}-\d{2}$/.test(m.month));
  if (!months.length) { container.replaceChildren(empty("Nothing dated yet.")); return; }
  const [lo, hi] = dataRange(months.map(m => +toDate(m.month)));
  months = everyMonth(months.filter(m => +toDate(m.month) >= lo && +toDate(m.month) <= hi));
  const total = m => STATUSES.reduce((a, st) => a + (m[st] || 0), 0);
  const max = Math.max(1, ...months.map(total));
  const bw = Math.min(48, (W - left - 8) / months.length), y = v => H - bottom - v / max * (H - bottom - top);
  svg.append(s("line", {class: "tl-grid", x1: left, x2: W, y1: y(max), y2: y(max)}),
             s("text", {class: "tl-lane", x: left - 6, y: y(max) + 4, "text-anchor": "end", text: fmtN(max)}),
             s("text", {class: "tl-lane", x: left - 6, y: H - bottom + 4, "text-anchor": "end", text: "0"}));
  const every = Math.ceil(months.length / Math.max(2, Math.floor(W / 70)));
  months.forEach((m, i) => {
    const x = left + i * bw, g = s("g", {class: "tl-mark", tabindex: "0", role: "link",
      "aria-label": `${fmtDate(m.month)}: ${plural(total(m), "event")}, ${plural(m.statements, "statement")}`});
    let acc = 0;
    for (const st of STATUSES) {
      const v = m[st] || 0;
      if (v) g.append(s("rect", {x: x + 1, width: Math.max(1, bw - 2), y: y(acc + v), height: y(acc) - y(acc + v), fill: COLORS[st]}));
      acc += v;
    }
    g.append(s("rect", {x, width: bw, y: top, height: H - bottom - top, fill: "transparent"}),
             s("title", {text: `${fmtDate(m.month)} — ${STATUSES.map(st => `${m[st] || 0} ${st}`).join(", ")}; ${plural(m.statements, "statement")}`}));
    g.setAttribute("data-month", m.month);
    g.addEventListener("keydown", e => { if (e.key === "Enter") onRange(m.month, m.month); });
    svg.append(g);
    if (i % every === 0) svg.append(s("text", {class: "tl-lane", x: x + bw / 2, y: H - 6, "text-anchor": "middle",
      text: toDate(m.month).toLocaleDateString("en-GB", {month: "short", year: "2-digit", timeZone: "UTC"})}));
  });
  brush(svg, H - bottom - top, top, onRange);
  container.replaceChildren(svg);
}

/* Dragging across the bars of SVG selects months: a click picks one, a drag the range it covers. */
function brush(svg, height, top, onRange) {
  const band = s("rect", {class: "brush", y: top, height, width: 0, x: 0});
  svg.append(band);
  const monthAt = e => { const g = document.elementFromPoint(e.clientX, e.clientY); return g && g.closest ? g.closest("[data-month]") : null; };
  let start = null;
  svg.addEventListener("pointerdown", e => {
    start = monthAt(e);
    if (!start) return;
    e.preventDefault();
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener("pointermove", e => {
    const end = start && monthAt(e);
    if (!end) return;
    const [a, b] = [start, end].map(g => g.getBBox());
    setAttrs(band, {x: Math.min(a.x, b.x), width: Math.max(a.x + a.width, b.x + b.width) - Math.min(a.x, b.x)});
  });
  svg.addEventListener("pointerup", e => {
    const end = start && (monthAt(e) || start);
    if (!end) return;
    const [from, to] = [start.dataset.month, end.dataset.month].sort();
    start = null;
    onRange(from, to);
  });
}

/* Readable axis ticks: days, months or years depending on the span. */
function ticks(t0, t1, want) {
  const day = 86400e3, span = (t1 - t0) / day, out = [];
  const start = new Date(t0);
  if (span <= want * 7) {
    for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1); d <= t1; d += day * Math.max(1, Math.ceil(span / want)))
      out.push({d: new Date(d), label: new Date(d).toLocaleDateString("en-GB", {day: "numeric", month: "short", timeZone: "UTC"})});
  } else if (span <= want * 45) {
    const step = Math.max(1, Math.round(span / 30 / want));
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; Date.UTC(y, m) <= t1; m += step)
      out.push({d: new Date(Date.UTC(y, m)), label: new Date(Date.UTC(y, m)).toLocaleDateString("en-GB", {month: "short", year: "2-digit", timeZone: "UTC"})});
  } else {
    const step = Math.max(1, Math.round(span / 365 / want));
    for (let y = start.getUTCFullYear() + 1; Date.UTC(y, 0) <= t1; y += step) out.push({d: new Date(Date.UTC(y, 0)), label: String(y)});
  }
  return out;
}

async function viewTimeline(params) {
  const stats = await loadStats();
  const filters = Object.fromEntries(Object.entries(params).filter(([k]) => !["offset", "sort"].includes(k)));
  const [hist, events, statements] = await Promise.all([api("/api/timeline", {entity: params.entity, from: params.from, to: params.to}),
    api("/api/events", {...params, limit: 50}),
    params.type || params.status ? Promise.resolve({items: [], total: 0}) : api("/api/statements", {about: params.entity, from: params.from, to: params.to, outlet: params.outlet, limit: 200})]);
  const chart = h("div", {class: "chart", id: "timeline"}), histo = h("div", {class: "chart"});
  const marks = [...events.items.map(eventMark), ...statements.items.map(st => statementMark(st, "said"))];
  const byDay = {}, undated = [];
  for (const ev of events.items) ev.when ? (byDay[ev.when.slice(0, 10)] ||= []).push(ev) : undated.push(ev);
  const fields = [
    {name: "entity", label: "Involving", placeholder: "any spelling"},
    {name: "type", label: "Event type", options: stats.event_types.map(t => t.value)},
    {name: "status", label: "Status", options: STATUSES},
    {name: "outlet", label: "Outlet", options: stats.outlets.map(o => o.value)},
    {name: "from", label: "From", type: "date"}, {name: "to", label: "To", type: "date"}];
  const page = h("div", {},
    h("div", {class: "page-head"}, h("h1", {text: "Timeline"}),
      h("p", {class: "muted", text: `${plural(events.total, "event")}${statements.total ? `, ${plural(statements.total, "statement")}` : ""}`})),
    filterForm("/timeline", params, fields),
    hist.months.length > 2 ? section("Per month", histo, timelineLegend()) : null,
    section(events.total > events.items.length ? `The first ${fmtN(events.items.length)} events` : "Events and statements", chart, timelineLegend(true)),
    h("div", {class: "with-facets"}, lazyFacets("/api/events/facets", filters, "/timeline", params),
    section("Chronology", listTools("/timeline", params, [["oldest", "oldest first"], ["newest", "newest first"]], false),
      downloads("/api/events", Object.fromEntries(Object.entries(params).filter(([k]) => k !== "offset"))),
      Object.keys(byDay).length || undated.length ? Object.entries(byDay).map(([day, evs]) => h("div", {},
      h("h3", {text: fmtDate(day)}), evs.map(eventCard))) : empty("No event matches these filters."),
      hist.events_without_month ? h("details", {class: "undated", id: "undated"},
        h("summary", {text: `${plural(hist.events_without_month, "event")} without a month (undated, or dated to a year or a weekday alone)`}),
        undated.length ? undated.map(eventCard) : h("p", {class: "muted small"}, "Undated events come last in the chronology: ",
          h("a", {href: link("/timeline", {...params, offset: Math.max(0, events.total - events.limit)}), text: "go to its last page"}), ".")) : null,
      pager(events, params, "/timeline"))));
  const pick = (from, to) => { location.hash = link("/timeline", {...params, from, to, offset: ""}); };
  requestAnimationFrame(() => { drawTimeline(chart, marks, true); if (hist.months.length > 2) drawHistogram(histo, hist.months, pick); });
  return page;
}

/* ---------- map: the bundled world, an equirectangular projection of our own ---------- */

let worldCache = null;
async function loadWorld() {
  if (worldCache) return worldCache;
  const topo = await (await fetch("/static/world-110m.json")).json();
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = ids => unwrap(ids.flatMap((i, k) => {
    const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    return k ? a.slice(1) : a;
  }));
  worldCache = topo.objects.countries.geometries.filter(g => g.id !== ANTARCTICA).map(g => ({
    name: (g.properties || {}).name, id: g.id,
    rings: (g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : []).flatMap(poly => poly.map(ring)),
  }));
  for (const c of worldCache) {      // the box of the largest ring: where the country's name goes
    const big = c.rings.reduce((a, r) => (r.length > a.length ? r : a), []);
    const lons = big.map(p => p[0]), lats = big.map(p => p[1]);
    c.box = big.length ? [Math.min(...lons), Math.max(...lats), Math.max(...lons), Math.min(...lats)] : [0, 0, 0, 0];
  }
  return worldCache;
}

const ANTARCTICA = "010";     // drawn across the whole bottom edge of a flat map, and no news happens there
/* A ring crossing the antimeridian continues past ±180° instead of jumping across the map. */
function unwrap(points) {
  let shift = 0;
  return points.map(([lon, lat], i) => {
    const prev = i ? points[i - 1][0] : lon;
    if (lon - prev > 180) shift -= 360;
    else if (prev - lon > 180) shift += 360;
    return [lon + shift, lat];
  });
}

function aggregatePlaces(events) {
  const by = new Map();
  for (const ev of events) {
    const g = ev.place_geo;
    if (!g) continue;
    const p = by.get(g.id) || {...g, n: 0, events: [], statuses: {}};
    p.n += 1; p.events.push(ev); p.statuses[ev.status] = (p.statuses[ev.status] || 0) + 1;
    by.set(g.id, p);
  }
  return [...by.values()].sort((a, b) => b.n - a.n);
}

/* The view that frames POINTS: centre and spans in degrees (the whole world without points). */
function fitView(points) {
  if (!points.length) return {cx: 5, cy: 11, lon: 350, lat: 138};
  const lons = points.map(p => p.lon), lats = points.map(p => p.lat);
  const [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  return {cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, lon: Math.max(28, (x1 - x0) * 1.4), lat: Math.max(16, (y1 - y0) * 1.4)};
}

/* Draws POINTS ({lat, lon, name, n, statuses}) on the world map, framed on VIEW (default: the points). */
async function drawMap(container, points, {height = 420, onPick = null, view = null, onView = null} = {}) {
  const countries = await loadWorld();
  const W = Math.max(300, container.clientWidth || 600), H = height;
  const v = view || fitView(points);
  const k = Math.max(0.5, Math.cos(Math.min(70, Math.abs(v.cy)) * Math.PI / 180));   // standard parallel through the middle
  const scale = Math.min(W / (v.lon * k), H / v.lat);
  const px = ([lon, lat]) => [W / 2 + (lon - v.cx) * k * scale, H / 2 - (lat - v.cy) * scale];
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `Map of ${points.length} places`});
  svg.append(s("rect", {class: "map-sea", width: W, height: H}));
  const land = s("g"), names = s("g");
  for (const c of countries) {
    let d = "";
    for (const r of c.rings) {
      let last = null;
      for (const pt of r) {
        const [x, y] = px(pt);
        if (last && Math.abs(x - last[0]) < 0.7 && Math.abs(y - last[1]) < 0.7) continue;
        d += (last ? "L" : "M") + x.toFixed(1) + "," + y.toFixed(1);
        last = [x, y];
      }
      d += "Z";
    }
    land.append(s("path", {d, class: "map-land"}, s("title", {text: c.name || ""})));
    const [x0, y0, x1, y1] = c.box.map((v, i) => px(i % 2 ? [0, v] : [v, 0])[i % 2]);
    if (c.name && x1 - x0 > c.name.length * 7 + 10 && (x0 + x1) / 2 > 0 && (x0 + x1) / 2 < W && (y0 + y1) / 2 > 0 && (y0 + y1) / 2 < H)
      names.append(s("text", {class: "map-country", x: (x0 + x1) / 2, y: (y0 + y1) / 2, "text-anchor": "middle", text: c.name}));
  }
  svg.append(land, names);
  const maxN = Math.max(1, ...points.map(p => p.n || 0));
  const layer = s("g"), labels = s("g"), placed = [];         // labels never overlap: the busiest place wins
  for (const p of [...points].sort((a, b) => (b.n || 0) - (a.n || 0))) {
    const [x, y] = px([p.lon, p.lat]);
    if (x < -20 || x > W + 20 || y < -20 || y > H + 20) continue;
    const top = Object.entries(p.statuses || {}).sort((a, b) => b[1] - a[1])[0];
    const r = p.n ? 4 + 10 * Math.sqrt(p.n / maxN) : 4;
    const dot = s("circle", {cx: x, cy: y, r, class: "map-point", tabindex: "0", role: "button",
                             fill: top ? COLORS[top[0]] : "#5b6b7f", "aria-label": `${p.name}: ${plural(p.n || 0, "event")}`},
                  s("title", {text: `${p.name}${p.n ? ` — ${plural(p.n, "event")}: ` + Object.entries(p.statuses).map(([k, v]) => `${v} ${k}`).join(", ") : ""}`}));
    const pick = () => (onPick ? onPick(p) : (location.hash = `#/entity/${p.id}`));
    dot.addEventListener("click", pick);
    dot.addEventListener("keydown", e => { if (e.key === "Enter") pick(); });
    layer.append(dot);
    const box = [x + r + 2, y - 8, x + r + 6 + p.name.length * 6.4, y + 6];
    if (!placed.some(b => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) && box[2] < W) {
      placed.push(box, [x - r, y - r, x + r, y + r]);
      labels.append(s("text", {class: "map-label", x: x + r + 3, y: y + 4, text: p.name}));
    }
  }
  for (const t of [...names.children]) {      // a country's name gives way to the places on it
    const x = +t.getAttribute("x"), y = +t.getAttribute("y"), half = t.textContent.length * 4;
    if (placed.some(b => x - half < b[2] && b[0] < x + half && y - 10 < b[3] && b[1] < y + 4)) t.remove();
  }
  svg.append(layer, labels);
  svg.setAttribute("data-view", [v.cx, v.cy, v.lon, v.lat].map(x => +x.toFixed(3)).join(","));
  const redraw = nv => { if (onView) onView(nv || fitView(points)); return drawMap(container, points, {height, onPick, view: nv, onView}); };
  const zoom = f => redraw({...v, lon: Math.min(360, v.lon * f), lat: Math.min(140, v.lat * f)});
  const pan = (dx, dy) => redraw({...v, cx: v.cx + dx * v.lon / 4, cy: Math.max(-60, Math.min(80, v.cy + dy * v.lat / 4))});
  const tools = h("div", {class: "map-tools", role: "group", "aria-label": "Map view"},
    h("button", {type: "button", class: "secondary", "aria-label": "Zoom in", text: "+", onclick: () => zoom(0.6)}),
    h("button", {type: "button", class: "secondary", "aria-label": "Zoom out", text: "−", onclick: () => zoom(1.6)}),
    [["←", -1, 0, "west"], ["→", 1, 0, "east"], ["↑", 0, 1, "north"], ["↓", 0, -1, "south"]].map(([t, dx, dy, dir]) =>
      h("button", {type: "button", class: "secondary", "aria-label": `Move ${dir}`, text: t, onclick: () => pan(dx, dy)})),
    h("button", {type: "button", class: "secondary", text: "Fit to places", onclick: () => redraw(null)}),
    h("button", {type: "button", class: "secondary", text: "Whole world", onclick: () => redraw(fitView([]))}));
  container.replaceChildren(svg, tools, points.length ? "" : h("p", {class: "muted small", text: "No place with coordinates yet."}));
}

/* "cx,cy,lon,lat" from the address, or null. */
function parseView(text) {
  const v = (text || "").split(",").map(Number);
  return v.length === 4 && v.every(Number.isFinite) ? {cx: v[0], cy: v[1], lon: v[2], lat: v[3]} : null;
}

async function viewMap(params) {
  const stats = await loadStats();
  const filters = Object.fromEntries(Object.entries(params).filter(([k]) => !["view", "sel"].includes(k)));
  const places = (await api("/api/places", filters)).items;
  const map = h("div", {class: "chart", id: "map"});
  const detail = h("div", {id: "place-detail"}, empty("Choose a place on the map or in the list."));
  const state = {...params};          // the zoom (view) and the chosen place (sel) live in the address
  const remember = () => replaceHash(link("/map", state));
  const show = async p => {
    state.sel = p.id; remember();
    const evs = await api("/api/events", {...filters, place: p.id, limit: 50});
    detail.replaceChildren(h("h3", {}, entityLink(p.id, p.name), " ", h("span", {class: "muted", text: plural(evs.total, "event")})),
      ...evs.items.map(eventCard), evs.total > evs.items.length ? h("a", {href: link("/timeline", {...filters, place: p.id}), text: "All of them →"}) : "");
  };
  const fields = [
    {name: "type", label: "Event type", options: stats.event_types.map(t => t.value)},
    {name: "status", label: "Status", options: STATUSES},
    {name: "entity", label: "Involving", placeholder: "any spelling"},
    {name: "from", label: "From", type: "date"}, {name: "to", label: "To", type: "date"}];
  const located = places.reduce((a, p) => a + p.n, 0);
  const page = h("div", {},
    h("div", {class: "page-head"}, h("h1", {text: "Map of events"}),
      h("p", {class: "muted", text: `${plural(places.length, "place")} · ${plural(located, "located event")}`})),
    filterForm("/map", params, fields), downloads("/api/places", filters, "Download the places"),
    h("div", {class: "grid"},
      h("div", {}, section("Where", map, timelineLegend(false)), section("Events here", detail)),
      h("div", {},
        section("Places", places.length ? h("ul", {class: "list"}, places.map(p => h("li", {class: "row"},
          h("a", {class: "grow", href: link("/map", {...params, sel: p.id}), text: p.name, onclick: e => { e.preventDefault(); show(p); }}),
          h("span", {class: "muted small", text: plural(p.n, "event")})))) : empty("No located event.")))));
  const onView = v => { state.view = [v.cx, v.cy, v.lon, v.lat].map(x => +x.toFixed(3)).join(","); remember(); };
  requestAnimationFrame(() => drawMap(map, places, {height: 520, onPick: show, view: parseView(params.view), onView}));
  const chosen = places.find(p => String(p.id) === params.sel);
  if (chosen) show(chosen);
  return page;
}

/* ---------- who-said-what graph ---------- */

const GRAPH_LIMITS = [100, 300, 1000, 3000];
async function viewGraph(params) {
  const query = {entity: params.entity, direction: params.direction || "both", from: params.from, to: params.to,
                 min_weight: params.min_weight || 1, limit: params.limit || 300};
  const [res, ego] = await Promise.all([api("/api/graph", query),
    params.entity ? api("/api/entities", {q: params.entity, limit: 1}).catch(() => null) : null]);
  const egoName = ego && ego.items.length ? ego.items[0].name : params.entity;
  const hidden = new Set((params.hide || "").split(",").filter(Boolean));
  const chart = h("div", {class: "chart", id: "graph"});
  const types = [...new Set(res.nodes.map(n => n.type))].sort();
  const fields = [
    {name: "entity", label: "Entity", placeholder: "any spelling"},
    {name: "direction", label: "Links", options: ["both", "out", "in"], any: "both"},
    {name: "min_weight", label: "Min. statements", type: "number"},
    {name: "from", label: "From", type: "date"}, {name: "to", label: "To", type: "date"}];
  const toggles = h("div", {class: "toggles", role: "group", "aria-label": "Entity types shown"}, types.map(t => {
    const box = h("input", {type: "checkbox", checked: !hidden.has(t)});
    box.addEventListener("change", () => {
      box.checked ? hidden.delete(t) : hidden.add(t);
      location.hash = link("/graph", {...params, hide: [...hidden].join(",")});
    });
    return h("label", {}, box, typeBadge(t));
  }));
  const page = h("div", {},
    h("div", {class: "page-head"}, h("h1", {text: params.entity ? `Who spoke of ${egoName}, and of whom ${egoName} spoke` : "Who said what about whom"}),
      h("p", {class: "muted", text: "An arrow from a speaker to each entity named in their statements; thicker = more statements. Click a node to see its neighbours, press Enter or double-click to open it, drag to move."})),
    filterForm("/graph", params, fields), toggles,
    section(plural(res.nodes.length, "entity", "entities"),
      h("div", {class: "toggles graph-tools"},
        h("span", {id: "graph-count", class: res.edges.length < res.edges_total ? "capped" : null,
                   text: `showing ${fmtN(res.edges.length)} of ${plural(res.edges_total, "link")}${res.edges.length < res.edges_total ? " (the heaviest)" : ""}`}),
        h("label", {}, "Links to show ", h("select", {name: "limit", onchange: e => { location.hash = link("/graph", {...params, limit: e.target.value}); }},
          [...new Set([...GRAPH_LIMITS, +query.limit])].sort((a, b) => a - b).map(n => h("option", {value: n, text: fmtN(n), selected: n === +query.limit})))),
        h("button", {type: "button", class: "secondary", "data-zoom": "in", "aria-label": "Zoom in", text: "+"}),
        h("button", {type: "button", class: "secondary", "data-zoom": "out", "aria-label": "Zoom out", text: "−"}),
        h("button", {type: "button", class: "secondary", "data-zoom": "fit", text: "Fit"})),
      chart,
      h("p", {class: "small downloads"}, "Download: ",
        ["gexf", "graphml"].map((f, i) => [i ? " · " : "", h("a", {href: `/api/graph?${new URLSearchParams(Object.entries({...query, format: f}).filter(([, v]) => v !== undefined && v !== ""))}`,
          class: `dl-${f}`, text: f === "gexf" ? "GEXF (Gephi)" : "GraphML (networkx, yEd, Cytoscape)"})]))));
  const nodes = res.nodes.filter(n => !hidden.has(n.type) || n.speaker).sort((a, b) => a.id - b.id);
  const keep = new Set(nodes.map(n => n.id));
  requestAnimationFrame(() => {
    const svg = drawGraph(chart, nodes, res.edges.filter(e => keep.has(e.source) && keep.has(e.target)));
    if (svg) zoomPan(svg, page.querySelectorAll("[data-zoom]"));
  });
  return page;
}

/* A force layout: nodes repel, links pull, everything drifts to the middle; deterministic start. */
function layoutGraph(nodes, edges, W, H) {
  const byId = new Map(nodes.map((n, i) => {
    const a = i * 2.39996, r = 12 * Math.sqrt(i + 1);            // golden-angle spiral
    n.x = W / 2 + r * Math.cos(a); n.y = H / 2 + r * Math.sin(a); n.vx = 0; n.vy = 0;
    return [n.id, n];
  }));
  const links = edges.map(e => ({s: byId.get(e.source), t: byId.get(e.target), w: e.weight})).filter(l => l.s && l.t);
  const area = W * H, kk = Math.sqrt(area / Math.max(1, nodes.length)) * 0.75;
  const steps = nodes.length > 400 ? 160 : 320;
  for (let step = 0; step < steps; step++) {
    const temp = (1 - step / steps) * W / 12;
    for (const n of nodes) { n.dx = 0; n.dy = 0; }
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i], b = nodes[j];
      let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy;
      if (d2 < 0.01) { dx = ((i * 7919 + j) % 13) / 13 - .5; dy = ((j * 104729 + i) % 11) / 11 - .5; d2 = .5; }
      const f = kk * kk / d2;
      a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
    }
    for (const l of links) {
      const dx = l.s.x - l.t.x, dy = l.s.y - l.t.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = d / kk * (1 + Math.log(l.w)) * 0.5;             // pull grows with distance and weight
      l.s.dx -= dx * f; l.s.dy -= dy * f; l.t.dx += dx * f; l.t.dy += dy * f;
    }
    for (const n of nodes) {
      if (n.fixed) continue;
      n.dx += (W / 2 - n.x) * 0.04; n.dy += (H / 2 - n.y) * 0.04;
      const d = Math.sqrt(n.dx * n.dx + n.dy * n.dy) || 1, m = Math.min(d, temp);
      n.x += n.dx / d * m;         // unbounded: the view is fitted to the layout afterwards
      n.y += n.dy / d * m;
    }
  }
  return links;
}

function drawGraph(container, nodes, edges) {
  const W = Math.max(480, container.clientWidth || 900), H = Math.max(420, Math.min(720, W * 0.62));
  if (!nodes.length) { container.replaceChildren(empty("No speaker names any entity under these filters.")); return null; }
  const grow = Math.max(1, Math.sqrt(nodes.length / 60));        // a big graph gets room, not a pile on the borders
  const links = layoutGraph(nodes, edges, W * grow, H * grow);
  const degree = new Map();
  for (const l of links) for (const n of [l.s, l.t]) degree.set(n.id, (degree.get(n.id) || 0) + l.w);
  const maxW = Math.max(1, ...links.map(l => l.w)), maxDeg = Math.max(1, ...degree.values());
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `Graph of ${nodes.length} entities`},
    s("defs", {}, s("marker", {id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "8", markerHeight: "8", markerUnits: "userSpaceOnUse", orient: "auto-start-reverse"},
      s("path", {d: "M0,0L10,5L0,10z", fill: "#9aa6b5"}))));
  const edgeLayer = s("g"), nodeLayer = s("g");
  const radius = n => 5 + 11 * Math.sqrt((degree.get(n.id) || 0) / maxDeg);
  const edgeEls = links.map(l => {
    const el = s("line", {class: "graph-edge", "stroke-width": 1 + 4 * l.w / maxW, "marker-end": "url(#arrow)"},
                 s("title", {text: `${l.s.name} → ${l.t.name}: ${plural(l.w, "statement")}`}));
    edgeLayer.append(el);
    return el;
  });
  const place = () => {
    links.forEach((l, i) => {
      const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1, r = radius(l.t) + 2;
      setAttrs(edgeEls[i], {x1: l.s.x, y1: l.s.y, x2: l.t.x - dx / d * r, y2: l.t.y - dy / d * r});
    });
    for (const n of nodes) n.el.setAttribute("transform", `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
  };
  let selected = null;
  const select = n => {
    selected = selected === n ? null : n;
    const near = new Set(selected ? [selected.id] : []);
    if (selected) for (const l of links) if (l.s === selected || l.t === selected) { near.add(l.s.id); near.add(l.t.id); }
    for (const m of nodes) m.el.classList.toggle("dim", !!selected && !near.has(m.id));
    links.forEach((l, i) => {
      const on = selected && (l.s === selected || l.t === selected);
      edgeEls[i].classList.toggle("hl", !!on);
      edgeEls[i].classList.toggle("dim", !!selected && !on);
    });
  };
  const labelled = new Set(), boxes = [];        // label the busiest nodes whose names do not collide
  for (const n of [...nodes].sort((a, b) => (degree.get(b.id) || 0) - (degree.get(a.id) || 0))) {
    const r = radius(n), w = 6 + n.name.length * 6.2;
    const box = n.x > W * 0.8 ? [n.x - r - w, n.y - 8, n.x - r, n.y + 6] : [n.x + r, n.y - 8, n.x + r + w, n.y + 6];
    if (boxes.some(b => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
    boxes.push(box);
    labelled.add(n.id);
  }
  for (const n of nodes) {
    const r = radius(n);
    n.el = s("g", {class: "graph-node", tabindex: "0", role: "button", "aria-label": `${n.name} (${n.type})${n.speaker ? ", speaker" : ""}`},
      s("circle", {r, fill: COLORS[n.type] || COLORS.OTHER, "fill-opacity": n.speaker ? 1 : 0.55}),
      labelled.has(n.id) ? s("text", n.x > W * 0.8 ? {x: -r - 3, y: 4, "text-anchor": "end", text: n.name} : {x: r + 3, y: 4, text: n.name}) : null,
      s("title", {text: `${n.name} (${n.type}) — ${plural(degree.get(n.id) || 0, "statement")}`}));
    n.el.addEventListener("click", () => select(n));
    n.el.addEventListener("dblclick", () => { location.hash = `#/entity/${n.id}`; });
    n.el.addEventListener("keydown", e => {
      if (e.key === "Enter") location.hash = `#/entity/${n.id}`;
      if (e.key === " ") { e.preventDefault(); select(n); }
    });
    dragNode(svg, n, place, W, H);
    nodeLayer.append(n.el);
  }
  svg.append(edgeLayer, nodeLayer);
  place();
  const xs = nodes.map(n => n.x), ys = nodes.map(n => n.y), m = 40;
  svg.dataset.fit = [Math.min(...xs) - m, Math.min(...ys) - m, Math.max(...xs) - Math.min(...xs) + 2 * m + 120, Math.max(...ys) - Math.min(...ys) + 2 * m].join(" ");
  svg.setAttribute("viewBox", svg.dataset.fit);
  container.replaceChildren(svg, h("div", {class: "legend"},
    ["PERSON", "ORG", "GPE", "NORP"].map(t => h("span", {}, legendDot(COLORS[t]), t)), h("span", {text: "solid: speaker"}),
    h("span", {class: "muted", text: "wheel or buttons: zoom · drag the background: pan"})));
  return svg;
}

/* Zoom (wheel, buttons) and pan (dragging the background) by changing the SVG's viewBox. */
function zoomPan(svg, buttons) {
  const box = () => svg.getAttribute("viewBox").split(" ").map(Number);
  const set = b => svg.setAttribute("viewBox", b.map(x => x.toFixed(1)).join(" "));
  const zoom = (f, cx, cy) => {
    const [x, y, w, h0] = box(), px = cx ?? x + w / 2, py = cy ?? y + h0 / 2;
    set([px - (px - x) * f, py - (py - y) * f, w * f, h0 * f]);
  };
  for (const b of buttons) b.onclick = () => (b.dataset.zoom === "fit" ? svg.setAttribute("viewBox", svg.dataset.fit) : zoom(b.dataset.zoom === "in" ? 0.7 : 1.4));
  svg.addEventListener("wheel", e => {
    e.preventDefault();
    const pt = svg.createSVGPoint();
    pt.x = e.clientX; pt.y = e.clientY;
    const p = pt.matrixTransform(svg.getScreenCTM().inverse());
    zoom(e.deltaY < 0 ? 0.85 : 1.18, p.x, p.y);
  }, {passive: false});
  svg.addEventListener("pointerdown", e => {
    if (e.target.closest(".graph-node")) return;
    const [x0, y0] = box(), scale = box()[2] / svg.clientWidth, sx = e.clientX, sy = e.clientY;
    const move = ev => { const b = box(); set([x0 - (ev.clientX - sx) * scale, y0 - (ev.clientY - sy) * scale, b[2], b[3]]); };
    const up = () => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  });
}

function dragNode(svg, n, redraw, W, H) {
  n.el.addEventListener("pointerdown", e => {
    const pt = svg.createSVGPoint();
    const move = ev => {
      pt.x = ev.clientX; pt.y = ev.clientY;
      const p = pt.matrixTransform(svg.getScreenCTM().inverse());
      n.x = p.x; n.y = p.y; n.fixed = true;
      redraw();
    };
    const up = () => { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
    e.preventDefault();
  });
}

/* ---------- forecasts ---------- */

const SCORE_COLUMNS = [["speaker", "Source"], ["made", "Made"], ["resolved", "Resolved"], ["right", "Right"], ["wrong", "Wrong"],
                       ["open", "Open"], ["hit", "Hit rate"], ["brier", "Brier"]];
const SCORE_PAGE = 25;
/* The scoreboard, sorted by any column (a click on its head) and shown SCORE_PAGE sources at a time. */
function scoreTable(board, params) {
  const key = params.by || "resolved", down = params.dir !== "asc";
  const value = r => key === "hit" ? (r.resolved ? r.right / r.resolved : -1) : key === "brier" ? (r.brier ?? 9) : key === "speaker" ? (r.speaker || "") : r[key];
  const rows = [...board].sort((a, b) => (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0) * (down ? -1 : 1));
  const at = +params.at || 0, shown = rows.slice(at, at + SCORE_PAGE);
  const head = ([k, t], i) => h("th", {class: i ? "num" : null, "aria-sort": k === key ? (down ? "descending" : "ascending") : null},
    h("a", {href: link("/forecasts", {...params, by: k, dir: k === key && down ? "asc" : "", at: ""}), text: t + (k === key ? (down ? " ↓" : " ↑") : "")}));
  return [h("table", {id: "scoreboard"},
    h("thead", {}, h("tr", {}, SCORE_COLUMNS.map(head))),
    h("tbody", {}, shown.map(r => h("tr", {},
      h("td", {}, r.speaker_id ? h("a", {href: link("/forecasts", {speaker: r.speaker_id}), text: r.speaker}) : h("span", {class: "muted", text: "unattributed"})),
      [r.made, r.resolved, r.right, r.wrong, r.open].map(n => h("td", {class: "num", text: fmtN(n)})),
      h("td", {class: "num", text: r.resolved ? `${Math.round(100 * r.right / r.resolved)}% of ${fmtN(r.resolved)}` : "—"}),
      h("td", {class: "num", text: r.brier !== null ? `${r.brier.toFixed(3)} on ${fmtN(r.resolved)}` : "—"}))))),
    rows.length > SCORE_PAGE ? h("nav", {class: "pager", "aria-label": "Sources"},
      at > 0 ? h("a", {class: "button secondary", href: link("/forecasts", {...params, at: Math.max(0, at - SCORE_PAGE)}), text: "← Previous"}) : null,
      h("span", {class: "muted", text: `${fmtN(at + 1)}–${fmtN(Math.min(at + SCORE_PAGE, rows.length))} of ${fmtN(rows.length)} sources`}),
      at + SCORE_PAGE < rows.length ? h("a", {class: "button secondary", href: link("/forecasts", {...params, at: at + SCORE_PAGE}), text: "Next →"}) : null) : null];
}

async function viewForecasts(params) {
  const [res, due] = await Promise.all([api("/api/forecasts", {speaker: params.speaker, open: params.open, limit: 50, offset: params.offset}),
                                        api("/api/forecasts/due", {limit: 1})]);
  const board = res.scoreboard, editing = !!sessionStorage.getItem("newsledger-token");
  return h("div", {},
    h("div", {class: "page-head"}, h("h1", {text: "Forecast scoreboard"}),
      h("p", {class: "muted", text: "Who predicted what, and how it turned out. Hit rate and Brier score of the certainty stated (lower is better), each with the number of resolved forecasts it rests on."})),
    due.total ? h("p", {class: "card due-note"}, h("a", {href: "#/review", class: "button", text: `Review ${plural(due.total, "forecast")} that came due →`})) : null,
    section("Sources", board.length ? scoreTable(board, params) : empty("No forecast in the ledger yet."), downloads("/api/scoreboard", {})),
    section(params.speaker ? "Forecasts of this source" : "All forecasts",
      h("div", {class: "toggles"}, h("a", {href: link("/forecasts", {...params, open: params.open ? "" : "true", offset: ""}), text: params.open ? "Show all" : "Show only open"}),
        params.speaker ? h("a", {href: "#/forecasts", text: "All sources"}) : null),
      downloads("/api/forecasts", {speaker: params.speaker, open: params.open}),
      res.items.length ? h("table", {id: "forecast-table"},
        h("thead", {}, h("tr", {}, ["Made", "Source", "Forecast", "Horizon", "Outcome"].map(t => h("th", {text: t})))),
        h("tbody", {}, res.items.map(f => h("tr", {},
          h("td", {class: "nowrap", text: fmtDate(f.made_on)}),
          h("td", {}, entityLink(f.speaker_id, f.speaker || "unattributed")),
          h("td", {title: f.content}, articleLink(f.article_id, forecastWords(f), `s${f.statement_id}`), f.event_type ? h("div", {class: "muted small", text: f.event_type}) : null),
          h("td", {class: "nowrap", text: f.horizon ? fmtDate(f.horizon) : "—"}),
          h("td", {}, f.verdict ? h("span", {class: `verdict-${f.verdict}`, text: f.verdict === "came_true" ? "came true" : "did not happen"}) : h("span", {class: "badge fc", text: "open"}),
            editing ? verdictButtons(f) : null))))) : empty("None."),
      pager(res, params, "/forecasts")),
    section("Record verdicts", tokenForm()));
}

/* The review queue: forecasts whose horizon has passed, each with the later events that may settle
   it; one click records a verdict (with the event that settles it) and the next one moves up. */
async function viewReview(params) {
  const res = await api("/api/forecasts/due", {limit: 20, offset: params.offset});
  const editing = !!sessionStorage.getItem("newsledger-token");
  const card = f => {
    const note = h("p", {class: "small", role: "status"});
    const decide = (came_true, event_id) => apiPost(`/api/forecasts/${f.id}/verdict`, {came_true, event_id})
      .then(() => route()).catch(err => { note.className = "small error"; note.textContent = err.message; });
    return h("article", {class: "card review-item", "data-id": f.id},
      h("div", {class: "row"}, h("b", {}, entityLink(f.speaker_id, f.speaker || "unattributed")), h("span", {class: "muted", text: `made ${fmtDate(f.made_on)}, due ${fmtDate(f.horizon)}`}),
        f.event_type ? h("span", {class: "ev-type", text: f.event_type}) : null),
      h("blockquote", {title: f.content}, articleLink(f.article_id, forecastWords(f), `s${f.statement_id}`)),
      f.candidates.length ? h("ul", {class: "list candidates"}, f.candidates.map(ev => h("li", {},
        eventCard(ev), h("div", {class: "row"}, h("span", {class: "muted small", text: `match ${Math.round(ev.score * 100)}%`}),
          editing ? h("button", {type: "button", class: "secondary confirm", text: "This event confirms it", onclick: () => decide(true, ev.id)}) : null))))
        : h("p", {class: "muted small", text: "No later event in the ledger matches it."}),
      editing ? h("div", {class: "verdict-tools"},
        h("button", {type: "button", class: "secondary", text: "came true", onclick: () => decide(true)}),
        h("button", {type: "button", class: "secondary refute", text: "did not", onclick: () => decide(false)}), note) : null);
  };
  return h("div", {},
    h("div", {class: "page-head"}, h("h1", {text: "Forecasts to review"}),
      h("p", {class: "muted", id: "due-total", text: `${plural(res.total, "open forecast")} whose horizon has passed, the longest overdue first.`})),
    editing ? null : section("Record verdicts", tokenForm()),
    res.items.length ? h("div", {id: "review-queue"}, res.items.map(card)) : empty("Nothing is due."),
    pager(res, params, "/review"));
}

/* Verdict buttons for one forecast; the server checks the token and refuses without one. */
function verdictButtons(f) {
  const note = h("p", {class: "small", role: "status"});
  const decide = came_true => apiPost(`/api/forecasts/${f.id}/verdict`, {came_true})
    .then(() => route()).catch(err => { note.className = "small error"; note.textContent = err.message; });
  return h("div", {class: "verdict-tools"},
    h("button", {type: "button", class: "secondary", text: "came true", onclick: () => decide(true)}),
    h("button", {type: "button", class: "secondary", text: "did not", onclick: () => decide(false)}), note);
}

function tokenForm() {
  const has = !!sessionStorage.getItem("newsledger-token");
  const input = h("input", {type: "password", name: "token", autocomplete: "off", placeholder: "operator token"});
  const form = h("form", {class: "filters", method: "dialog"},     // "dialog": never sends the token in a URL
    h("label", {}, "Token the server was started with", input),
    h("button", {type: "submit", text: has ? "Replace token" : "Use token"}),
    has ? h("button", {type: "button", class: "secondary", text: "Forget token",
                       onclick: () => { sessionStorage.removeItem("newsledger-token"); route(); }}) : null);
  form.addEventListener("submit", e => {
    e.preventDefault();
    if (input.value) sessionStorage.setItem("newsledger-token", input.value);
    route();
  });
  return [h("p", {class: "muted small", text: "Writes are off unless the operator started the server with a token (NEWSLEDGER_TOKEN). With it, each open forecast gets buttons to record how it turned out; the token stays in this tab only."}), form];
}

/* ---------- articles ---------- */

async function viewArticles(params) {
  const stats = await loadStats();
  const res = await api("/api/articles", {...params, limit: 50});
  const fields = [{name: "q", label: "Words", type: "search", placeholder: "full text"},
                  {name: "outlet", label: "Outlet", options: stats.outlets.map(o => o.value)},
                  {name: "from", label: "From", type: "date"}, {name: "to", label: "To", type: "date"}];
  return h("div", {},
    h("div", {class: "page-head"}, h("h1", {text: "Articles"}), h("p", {class: "muted", text: `${fmtN(res.total)} found`})),
    filterForm("/articles", params, fields),
    h("div", {class: "card"}, downloads("/api/articles", Object.fromEntries(Object.entries(params).filter(([k]) => k !== "offset"))),
      res.items.length ? h("table", {},
      h("thead", {}, h("tr", {}, ["Published", "Title", "Outlet", "Statements", "Events"].map((t, i) => h("th", {class: i > 2 ? "num" : null, text: t})))),
      h("tbody", {}, res.items.map(a => h("tr", {},
        h("td", {class: "nowrap", text: fmtDate(a.published)}), h("td", {}, articleLink(a.id, a.title || a.id)),
        h("td", {text: a.outlet || ""}), h("td", {class: "num", text: fmtN(a.statements)}), h("td", {class: "num", text: fmtN(a.events)}))))) : empty("No article matches."),
      pager(res, params, "/articles")));
}

/* The article's text cut at every span boundary; each piece carries the annotations covering it. */
function annotatedText(art) {
  const text = art.text, spans = [];
  art.statements.forEach(st => {
    for (const [a, b] of st.content_spans) spans.push({a, b, kind: "stmt", id: `s${st.id}`});
    if (st.cue_span && st.cue_span[0] !== null) spans.push({a: st.cue_span[0], b: st.cue_span[1], kind: "cue", id: `s${st.id}`});
  });
  art.events.forEach(ev => spans.push({a: ev.evidence_span[0], b: ev.evidence_span[1], kind: "ev", id: `e${ev.id}`}));
  art.timexes.forEach(t => spans.push({a: t.span[0], b: t.span[1], kind: "timex", title: t.value}));
  art.entities.forEach(en => en.mentions.forEach(([a, b]) => spans.push({a, b, kind: "ent", ent: en})));
  const cuts = [...new Set([0, text.length, ...spans.flatMap(x => [x.a, x.b])])].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const out = h("div", {class: "article-text", id: "article-text"});
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]], piece = text.slice(a, b);
    const on = spans.filter(x => x.a <= a && x.b >= b && x.a < x.b);
    const boiler = art.body_end !== null && a >= art.body_end;
    if (!on.length) { out.append(boiler ? h("span", {class: "boiler", text: piece}) : piece); continue; }
    const ent = on.find(x => x.kind === "ent");
    const classes = [...new Set(on.filter(x => x.kind !== "ent").map(x => `hl-${x.kind}`))];
    const ids = [...new Set(on.filter(x => x.id).map(x => x.id))];
    const timex = on.find(x => x.kind === "timex");
    let el = ent ? h("a", {href: `#/entity/${ent.ent.id}`, class: `hl-ent t-${ent.ent.type}`, title: `${ent.ent.name} (${ent.ent.type})`, text: piece})
                 : document.createTextNode(piece);
    if (classes.length) el = h("span", {class: classes.join(" "), "data-ann": ids.join(" "), title: timex ? `${fmtDate(timex.title)} (${timex.title})` : null}, el);
    out.append(el);
  }
  return out;
}

/* What each colour of the article text means. */
function articleLegend() {
  const sample = (cls, text) => h("span", {class: cls, text});
  return h("div", {class: "legend article-legend", id: "article-legend", "aria-label": "Colours"},
    h("span", {}, sample("hl-stmt", "statement"), " what was said"), h("span", {}, sample("hl-cue", "said"), " its cue"),
    h("span", {}, sample("hl-ev", "event"), " an event's words"), h("span", {}, sample("hl-timex", "date"), " a date (hover: its value)"),
    ["PERSON", "ORG", "GPE"].map(t => h("span", {}, sample(`hl-ent t-${t}`, t.toLowerCase() === "gpe" ? "place" : t.toLowerCase()), " entity")),
    h("span", {}, sample("boiler", "grey"), " outside the article's body"));
}

async function viewArticle(params, id) {
  const art = await api(`/api/articles/${encodeURIComponent(id)}`);
  const text = annotatedText(art);
  const focus = key => {
    for (const el of text.querySelectorAll(".focus")) el.classList.remove("focus");
    const hits = [...text.querySelectorAll("[data-ann]")].filter(el => el.dataset.ann.split(" ").includes(key));
    hits.forEach(el => el.classList.add("focus"));
    if (hits[0]) hits[0].scrollIntoView({block: "center", behavior: "smooth"});
  };
  const toggles = h("div", {class: "toggles", role: "group", "aria-label": "Highlights"}, [["stmt", "statements"], ["ent", "entities"], ["ev", "events"], ["timex", "dates"]].map(([k, label]) => {
    const box = h("input", {type: "checkbox", checked: true});
    box.addEventListener("change", () => text.classList.toggle(`no-${k}`, !box.checked));
    return h("label", {}, box, label);
  }));
  const sideItem = (key, ...kids) => {
    const li = h("li", {class: "side-item", tabindex: "0", "data-key": key}, ...kids);
    li.addEventListener("click", e => { if (!e.target.closest("a")) focus(key); });
    li.addEventListener("keydown", e => { if (e.key === "Enter" && !e.target.closest("a")) focus(key); });
    return li;
  };
  const groups = {};
  for (const en of art.entities) (groups[en.type] ||= []).push(en);
  const page = h("div", {},
    h("div", {class: "page-head"}, h("h1", {text: art.title || art.id}),
      h("p", {class: "meta"}, h("span", {text: art.outlet || "unknown outlet"}),
        h("span", {text: `${fmtDate(art.published)}${art.published_inferred ? " (inferred)" : ""}`}),
        art.author ? h("span", {text: art.author}) : null,
        art.url ? h("a", {href: art.url, rel: "noopener noreferrer", text: "original"}) : null,
        h("span", {class: "muted", text: art.id}))),
    h("div", {class: "grid"},
      h("div", {}, h("section", {class: "card"}, toggles, articleLegend(), text)),
      h("div", {},
        section(`Statements (${art.statements.length})`, art.statements.length ? h("ul", {class: "list"}, art.statements.map(st => sideItem(`s${st.id}`,
          h("div", {class: "row"}, h("b", {}, st.speaker_id ? entityLink(st.speaker_id, st.speaker) : (st.speaker_text || "unattributed")),
            h("span", {class: "muted small", text: st.cue || ""}),
            st.certainty !== "asserted" ? h("span", {class: `badge c-${st.certainty}`, text: st.certainty}) : null,
            st.forecast ? h("span", {class: "badge fc", text: "forecast"}) : null),
          h("div", {class: "small", text: st.content})))) : empty("None found.")),
        section(`Events (${art.events.length})`, art.events.length ? h("ul", {class: "list"}, art.events.map(ev => sideItem(`e${ev.id}`,
          h("div", {class: "row"}, h("span", {class: "ev-type", text: ev.type}), statusBadge(ev.status), ev.date ? h("span", {class: "muted small", text: fmtDate(ev.date)}) : null),
          h("div", {class: "small"}, participants(ev.actor_ids, ev.actors), ev.targets.length ? [" → ", participants(ev.target_ids, ev.targets)] : null,
            ev.place ? [" in ", entityLink(ev.place_id, ev.place)] : null)))) : empty("None found.")),
        section(`Entities (${art.entities.length})`, Object.entries(groups).map(([type, list]) => h("div", {class: "ent-group"}, typeBadge(type),
          h("div", {class: "aliases"}, list.map(en => h("span", {class: "chip"}, entityLink(en.id, en.name), h("small", {text: fmtN(en.mentions.length)}))))))))));
  document.title = `${art.title || art.id} — newsledger`;
  if (params.focus) requestAnimationFrame(() => focus(params.focus));
  return page;
}

function viewHelp() {
  const keys = [["/", "focus the search box"], ["↓ ↑ then Enter", "open a suggested entity"], ["Enter", "search everything for what you typed"],
                ["Tab", "move through links, timeline marks, map places and graph nodes; Enter opens them"],
                ["Space (graph)", "highlight a node's neighbours"], ["Esc", "close the suggestions"]];
  return section("Keyboard", h("dl", {class: "help"}, keys.map(([k, v]) => [h("dt", {}, h("kbd", {text: k})), h("dd", {text: v})])),
    h("p", {}, "Every view keeps its filters in the address, so it can be bookmarked or shared. The API behind it is described in ",
      h("a", {href: "/docs", text: "the API reference"}), " (", h("a", {href: "/openapi.json", text: "openapi.json"}), ")."));
}

/* ---------- inbox: alerts from the watchlists (newsledger watch) ---------- */

routes.push([/^\/inbox$/, viewInbox]);

async function refreshInboxCount() {
  const badge = document.getElementById("inbox-count");
  if (!badge) return;
  const counts = await api("/api/alerts/counts").catch(() => ({unread: 0}));
  badge.textContent = counts.unread ? fmtN(counts.unread) : "";
  badge.hidden = !counts.unread;
  badge.setAttribute("aria-label", plural(counts.unread, "unread alert"));
}

async function apiDelete(path) {
  const token = sessionStorage.getItem("newsledger-token") || "";
  const res = await fetch(path, {method: "DELETE", headers: {Authorization: `Bearer ${token}`}});
  const out = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(typeof out.detail === "string" ? out.detail : `${res.status} ${res.statusText}`);
  return out;
}

async function viewInbox(params) {
  const [res, lists, status] = await Promise.all([
    api("/api/alerts", {unread: params.unread, watchlist: params.watchlist, limit: 100}),
    api("/api/watchlists"), api("/api/watch/status")]);
  const editing = !!sessionStorage.getItem("newsledger-token");
  refreshInboxCount();
  document.title = `Inbox (${res.counts.unread}) — newsledger`;
  const toggles = h("div", {class: "toggles"},
    h("a", {href: link("/inbox", {...params, unread: params.unread ? "" : "true"}), text: params.unread ? "Show all" : "Show only unread"}),
    params.watchlist ? h("a", {href: link("/inbox", {unread: params.unread}), text: "Every watchlist"}) : null,
    editing && res.counts.unread ? h("button", {type: "button", class: "secondary", text: "Mark all read",
      onclick: () => apiPost("/api/alerts/read", {}).then(route)}) : null);
  return h("div", {class: "inbox"},
    h("div", {class: "page-head"}, h("h1", {text: "Inbox"}),
      h("p", {class: "muted", text: `${plural(res.counts.unread, "unread alert")} of ${fmtN(res.counts.total)}`})),
    h("div", {class: "grid"},
      h("div", {}, section("Alerts", toggles, res.items.length
        ? h("ul", {class: "list", id: "alerts"}, res.items.map(a => alertItem(a, editing))) : empty("No alert."))),
      h("div", {},
        section("Watchlists", watchlistItems(lists.items, editing), editing ? watchlistForm() : null),
        section("Sources", sourceItems(status.items)),
        section("Write access", tokenForm()))));
}

function alertItem(a, editing) {
  const art = a.article || {};
  const read = () => apiPost("/api/alerts/read", {ids: [a.id]}).then(route);
  return h("li", {class: a.read_at ? "alert" : "alert unread", "data-id": a.id},
    h("div", {class: "row"}, h("span", {class: "badge", text: a.kind}), h("span", {class: "grow alert-summary", text: a.summary})),
    a.evidence ? h("blockquote", {class: "alert-evidence", text: a.evidence.text}) : null,
    h("div", {class: "meta"}, h("span", {text: a.watchlist.label}),
      a.link ? h("a", {href: a.link, text: art.title || art.id}) : null,
      h("span", {text: [art.outlet, fmtDate(art.published)].filter(Boolean).join(" · ")}),
      editing && !a.read_at ? h("button", {type: "button", class: "secondary", text: "Mark read", onclick: read}) : null));
}

function watchlistItems(items, editing) {
  if (!items.length) return empty("No watchlist yet.");
  return h("ul", {class: "list", id: "watchlists"}, items.map(w => h("li", {class: "row"},
    h("a", {class: "grow", href: link("/inbox", {watchlist: w.id}), text: w.label}),
    h("span", {class: "muted small", text: `${fmtN(w.unread)} unread of ${fmtN(w.alerts)}`}),
    editing ? h("button", {type: "button", class: "secondary", text: "Stop",
      onclick: () => apiDelete(`/api/watchlists/${w.id}`).then(route)}) : null)));
}

function watchlistForm() {
  const kinds = ["entity", "speaker", "place", "event", "text", "forecast", "contradiction"];
  const kind = h("select", {name: "kind"}, kinds.map(k => h("option", {value: k, text: k})));
  const value = h("input", {type: "text", name: "value", placeholder: "name, place, type, words or statement id"});
  const radius = h("input", {type: "number", name: "radius_km", min: "1", placeholder: "km"});
  const note = h("p", {class: "small", role: "status"});
  const form = h("form", {class: "filters", id: "watchlist-form"}, h("label", {}, "Watch for", kind), h("label", {}, "What", value),
    h("label", {}, "Radius (place)", radius), h("button", {type: "submit", text: "Add watchlist"}), note);
  form.addEventListener("submit", e => {
    e.preventDefault();
    const body = {kind: kind.value, value: value.value, ...(radius.value ? {radius_km: +radius.value} : {})};
    apiPost("/api/watchlists", body).then(() => route()).catch(err => { note.className = "small error"; note.textContent = err.message; });
  });
  return form;
}

function sourceItems(items) {
  if (!items.length) return empty("Nothing watched: run `newsledger watch FEED-URL…`.");
  return h("ul", {class: "list small"}, items.map(s => h("li", {},
    h("div", {class: "row"}, h("span", {class: "badge", text: s.kind}), h("span", {class: "grow source-where", text: s.location})),
    h("div", {class: "meta"}, h("span", {text: `last poll ${s.last_poll ? s.last_poll.slice(0, 19).replace("T", " ") : "never"} [${s.last_status || "—"}]`}),
      h("span", {text: `${fmtN(s.items)} items`}), s.lag_s !== null ? h("span", {text: `lag ${s.lag_s.toFixed(1)} s`}) : null,
      s.failures ? h("span", {class: "s-denied", text: `${s.failures} failure${s.failures > 1 ? "s" : ""} in a row`}) : null),
    s.last_error ? h("div", {class: "muted", text: s.last_error}) : null)));
}

window.addEventListener("DOMContentLoaded", () => { refreshInboxCount(); setInterval(refreshInboxCount, 60000); });

window.addEventListener("hashchange", route);
window.addEventListener("DOMContentLoaded", () => { setupSearch(); route(); });
