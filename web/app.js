// Warta's page (docs/web.md): one script over the JSON API (docs/api.md).
// The whole state of a view is in the URL's fragment, so every view has
// an address that reproduces it; nothing is fetched from outside this server.
'use strict';

const FILTERS = ['q', 'country', 'actor', 'type', 'domain', 'quad', 'source', 'topic', 'from', 'to'];
// The filters each kind of list takes (the query layer refuses the others).
const APPLIES = {
  events: FILTERS,
  articles: ['q', 'actor', 'source', 'topic', 'from', 'to'],
  quotes: ['q', 'actor', 'country', 'source', 'topic', 'from', 'to'],
};
const FACETS = [ // dimension, label; all count events
  ['country', 'country'], ['actor', 'actor'], ['type', 'event type'], ['domain', 'domain'],
  ['source', 'source'], ['topic', 'topic'],
];
const QUAD = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
const QUAD_COLOUR = { 1: '#4a9c5d', 2: '#1f7a3a', 3: '#d08a2b', 4: '#b8322a' };

const $ = (sel) => document.querySelector(sel);
const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
  return e;
};

// ---- state: the fragment ----
const state = () => new URLSearchParams(location.hash.slice(1));
function go(change, keepView = false) {
  const s = state();
  for (const [k, v] of Object.entries(change)) {
    if (v === null || v === undefined || v === '') s.delete(k); else s.set(k, v);
  }
  if (!keepView && !('doc' in change) && !('entity' in change)) { s.delete('doc'); s.delete('entity'); s.delete('span'); }
  location.hash = s.toString();
}
function filters(kind) {
  const s = state(), p = new URLSearchParams();
  for (const k of APPLIES[kind]) if (s.get(k)) p.set(k, s.get(k));
  return p;
}

// ---- the API ----
async function api(path, params = new URLSearchParams()) {
  const r = await fetch(`/api/v1/${path}${[...params].length ? '?' + params : ''}`);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? `${body.error.parameter ? body.error.parameter + ': ' : ''}${body.error.message}` : r.statusText);
  return body;
}
function p(obj, base = new URLSearchParams()) {
  const q = new URLSearchParams(base);
  for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined) q.set(k, v);
  return q;
}
function fail(where, err) {
  where.replaceChildren(el('p', { class: 'error' }, `Could not load: ${err.message}`));
}

// ---- filters shown as chips ----
function renderChips() {
  const s = state(), box = $('#filters');
  box.replaceChildren();
  for (const k of FILTERS) {
    if (!s.get(k)) continue;
    box.append(el('span', { class: 'chip', 'data-filter': k }, `${k}: ${s.get(k)}`,
      el('button', { title: 'remove', 'aria-label': `remove ${k}`, onclick: () => go({ [k]: null }) }, '×')));
  }
  $('#search').value = s.get('q') || '';
}

// ---- facets: counted by the server beside the event list ----
function renderFacets(facets) {
  const box = $('#facets');
  box.replaceChildren();
  for (const [dim, label] of FACETS) {
    const rows = (facets || {})[dim] || [];
    if (!rows.length) continue;
    box.append(el('h3', {}, label));
    for (const row of rows.slice(0, 8)) {
      const v = String(row.value);
      box.append(el('button', { class: 'facet', 'data-facet': dim, 'data-value': v, onclick: () => go({ [dim]: v }) },
        el('span', {}, v), el('span', { class: 'n' }, row.count)));
    }
  }
  if (!box.children.length) box.append(el('p', { class: 'muted' }, 'No events for these filters.'));
}

// ---- timeline ----
let plot = null;
function periodStart(key) { // "2019", "2019-09", "2019-09-10", "2019-W37" -> Unix seconds (UTC)
  let m;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(key))) {
    const jan4 = Date.UTC(+m[1], 0, 4), dow = (new Date(jan4).getUTCDay() + 6) % 7;
    return (jan4 - dow * 864e5 + (m[2] - 1) * 7 * 864e5) / 1000;
  }
  const [y, mo = '01', d = '01'] = key.split('-');
  return Date.UTC(+y, +mo - 1, +d) / 1000;
}
const isoDay = (sec) => new Date(sec * 1000).toISOString().slice(0, 10);
async function renderTimeline() {
  const s = state(), of = $('#of').value, box = $('#timeline');
  let by = $('#by').value;
  const kind = of === 'events' ? 'events' : of;
  if (by === 'auto') {
    const span = s.get('from') && s.get('to') ? (periodStart(s.get('to')) - periodStart(s.get('from'))) / 864e2 : Infinity;
    by = span <= 120 ? 'day' : 'month';
  }
  let r;
  try { r = await api('count', p({ by, of, limit: 'all' }, filters(kind))); } catch (e) { return fail(box, e); }
  const rows = r.results.map((x) => [periodStart(String(x[by])), x.count]).sort((a, b) => a[0] - b[0]);
  const data = [rows.map((x) => x[0]), rows.map((x) => x[1])];
  if (plot) { plot.destroy(); plot = null; }
  box.replaceChildren();
  if (!rows.length) { box.append(el('p', { class: 'muted' }, `No ${of} for these filters.`)); return; }
  plot = new uPlot({
    width: Math.max(300, box.clientWidth - 8), height: 180,
    series: [{}, { label: `${of} per ${by}`, stroke: '#1f5f99', fill: 'rgba(31,95,153,.15)', paths: uPlot.paths.bars({ size: [0.8, 40] }), points: { show: false } }],
    scales: { x: { time: true } },
    cursor: { drag: { x: true, y: false, setScale: false } },
    hooks: {
      setSelect: [(u) => {
        if (u.select.width < 2) return;
        const a = u.posToVal(u.select.left, 'x'), b = u.posToVal(u.select.left + u.select.width, 'x');
        go({ from: isoDay(a), to: isoDay(b) });
      }],
    },
  }, data, box);
}

// ---- network of countries or actors ----
let cy = null;
async function renderNetwork() {
  const box = $('#network'), nodesAre = $('#nodes').value;
  let r;
  try { r = await api('network', p({ nodes: nodesAre, limit: 80 }, filters('events'))); } catch (e) { return fail(box, e); }
  const max = Math.max(1, ...r.edges.map((e) => e.count)), maxNode = Math.max(1, ...r.nodes.map((n) => n.count));
  const elements = [
    ...r.nodes.map((n) => ({ data: { id: n.id, label: n.id, size: 14 + 30 * Math.sqrt(n.count / maxNode) } })),
    ...r.edges.map((e) => ({ data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target, n: e.count,
      colour: QUAD_COLOUR[e.quad_class] || '#888', width: 1 + 7 * e.count / max } })),
  ];
  if (cy) cy.destroy();
  cy = null;
  box.replaceChildren();
  if (!r.edges.length) { box.append(el('p', { class: 'muted' }, `No events with ${nodesAre === 'actors' ? 'an actor' : 'a country'} on both sides.`)); return; }
  cy = cytoscape({
    container: box, elements, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, width: 'data(size)', height: 'data(size)', 'background-color': '#1f5f99', color: '#1d232a' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'bezier', opacity: 0.8 } },
    ],
    layout: { name: r.nodes.length > 2 ? 'cose' : 'circle', animate: false, randomize: false },
  });
  const dim = nodesAre === 'actors' ? 'actor' : 'country';
  cy.on('tap', 'node', (ev) => go({ [dim]: ev.target.id() }));
  cy.on('tap', 'edge', (ev) => listEdge(dim, ev.target.data('source'), ev.target.data('target')));
}
async function listEdge(dim, a, b) {
  const box = $('#edge-events');
  try {
    let rows, total;
    if (dim === 'country') {
      const r = await api('events', p({ between: `${a},${b}`, limit: 10 }, filters('events')));
      rows = r.results; total = r.total;
    } else { // the events naming both actors
      const r = await api('events', p({ actor: a, limit: 'all' }, filters('events')));
      rows = r.results.filter((e) => [e.actor1, e.actor2].includes(b));
      total = rows.length;
      rows = rows.slice(0, 10);
    }
    box.replaceChildren(el('strong', {}, `${a} – ${b}: ${total} events`), eventTable(rows, true));
  } catch (e) { fail(box, e); }
}

// ---- map ----
let map = null, mapLayer = null, world = null, numericOf = null;
async function loadShapes() {
  if (world) return;
  const [topo, iso] = await Promise.all([fetch('/vendor/countries-110m.json').then((r) => r.json()),
    fetch('/vendor/iso_3166-1.json').then((r) => r.json())]);
  world = topojson.feature(topo, topo.objects.countries);
  numericOf = {};
  for (const c of iso['3166-1']) numericOf[c.numeric] = c.alpha_3;
}
async function renderMap() {
  const box = $('#map');
  let r;
  try {
    await loadShapes();
    r = await api('map', filters('events'));
  } catch (e) { return fail(box, e); }
  const count = {};
  for (const row of r.countries) count[row.country] = row.count;
  $('#places').textContent = r.places.length ? `Places named: ${r.places.slice(0, 12).map((x) => `${x.location} ${x.count}`).join(' · ')}` : '';
  const max = Math.max(1, ...Object.values(count));
  if (!map) {
    map = L.map(box, { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 6 }).setView([10, 100], 2);
  }
  if (mapLayer) mapLayer.remove();
  mapLayer = L.geoJSON(world, {
    style: (f) => {
      const n = count[numericOf[f.id]] || 0;
      return { weight: 0.5, color: '#8a96a3', fillColor: n ? `rgba(31,95,153,${0.15 + 0.85 * Math.sqrt(n / max)})` : '#fff', fillOpacity: 1 };
    },
    onEachFeature: (f, layer) => {
      const code = numericOf[f.id];
      layer.bindTooltip(`${f.properties.name}${code ? ` (${code})` : ''}: ${count[code] || 0} events`);
      if (code) layer.on('click', () => go({ country: code }));
    },
  }).addTo(map);
}

// ---- lists ----
function side(name, country) {
  if (!name && !country) return el('span', { class: 'muted' }, '–');
  return el('span', {}, name ? el('a', { href: `#entity=${encodeURIComponent(name)}` }, name) : '',
    country ? el('span', { class: 'muted' }, ` ${country}`) : '');
}
function eventTable(rows, compact = false) {
  const t = el('table', { class: 'list' });
  t.append(el('tr', {}, el('th', {}, 'date'), el('th', {}, 'type'), el('th', {}, 'who'), el('th', {}, 'with whom'),
    compact ? null : el('th', {}, 'where'), el('th', {}, 'evidence')));
  for (const e of rows) {
    t.append(el('tr', { 'data-event': e.id },
      el('td', {}, e.date || e.published || ''),
      el('td', { class: 'type', title: `${QUAD[e.quad_class] || ''} · CAMEO ${e.cameo || ''}` }, e.type, e.mode ? el('span', { class: 'muted' }, ` ${e.mode}`) : ''),
      el('td', {}, side(e.actor1, e.actor1_country)),
      el('td', {}, side(e.actor2, e.actor2_country)),
      compact ? null : el('td', {}, e.location || ''),
      el('td', {}, el('a', { href: `#doc=${e.doc}&span=event:${e.id}` }, e.title || e.doc_id || `article ${e.doc}`),
        el('span', { class: 'muted' }, ` ${e.source || ''} · ${Math.round((e.confidence || 0) * 100)}%`))));
  }
  return t;
}
function exportLinks(kind, params) {
  const q = new URLSearchParams(params);
  q.set('limit', 'all');
  q.set('format', 'csv');
  $(`#${kind}-csv`).href = `/api/v1/${kind}?${q}`;
  q.set('format', 'json');
  $(`#${kind}-json`).href = `/api/v1/${kind}?${q}`;
}
async function renderList(kind, more = null) {
  const table = $(`#${kind}`), btn = $(`#${kind}-more`), params = filters(kind);
  exportLinks(kind, params);
  let r;
  const facets = kind === 'events' && !more ? FACETS.map(([d]) => d).join(',') : null;
  try { r = await api(kind, p({ limit: 25, cursor: more, facets }, params)); } catch (e) { return fail(table, e); }
  if (facets) renderFacets(r.facets);
  $(`#${kind}-total`).textContent = `${r.total} in all`;
  if (kind === 'events') {
    const t = eventTable(r.results);
    if (more) [...t.rows].slice(1).forEach((row) => table.append(row)); else table.replaceChildren(...t.childNodes);
  } else {
    if (!more) table.replaceChildren(el('tr', {}, el('th', {}, 'published'), el('th', {}, 'source'), el('th', {}, 'title'), el('th', {}, 'topic')));
    for (const a of r.results) {
      table.append(el('tr', { 'data-doc': a.doc },
        el('td', {}, a.published || ''), el('td', {}, a.source || ''),
        el('td', {}, el('a', { href: `#doc=${a.doc}` }, a.title || a.doc_id)), el('td', {}, a.topic || '')));
    }
  }
  btn.hidden = !r.next;
  btn.onclick = () => renderList(kind, r.next);
}

// ---- one article ----
function markClasses(marks, entities) {
  const cls = new Set();
  for (const m of marks) {
    const [kind, ref] = m.split(':');
    cls.add(`m-${kind}`);
    if (kind === 'entity' && entities[+ref]) cls.add(entities[+ref].type);
  }
  return [...cls].join(' ');
}
function flash(mark) {
  const hits = [...document.querySelectorAll('#article-view .text mark')].filter((m) => m.dataset.marks.split(' ').includes(mark));
  document.querySelectorAll('#article-view .flash').forEach((m) => m.classList.remove('flash'));
  hits.forEach((m) => m.classList.add('flash'));
  if (hits.length) hits[0].scrollIntoView({ block: 'center' });
}
async function renderArticle(id) {
  const box = $('#article-view');
  let a;
  try { a = await api(`article/${encodeURIComponent(id)}`); } catch (e) { return fail(box, e); }
  const art = a.article;
  const text = el('div', { class: 'text', lang: 'id' });
  for (const seg of a.segments) {
    if (!seg.marks.length) { text.append(seg.text); continue; }
    text.append(el('mark', { class: markClasses(seg.marks, a.entities), 'data-marks': seg.marks.join(' '), title: seg.marks.join(', ') }, seg.text));
  }
  const facts = el('div', { class: 'facts' });
  const section = (title, rows, row) => {
    if (!rows.length) return;
    facts.append(el('h3', {}, `${title} (${rows.length})`));
    rows.forEach((x, i) => facts.append(row(x, i)));
  };
  section('Events', a.events, (e) => el('div', { class: 'fact', 'data-event': e.id },
    el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); flash(`event:${e.id}`); } }, el('span', { class: 'type' }, e.type)),
    ' ', side(e.actor1, e.actor1_country), ' → ', side(e.actor2, e.actor2_country),
    el('div', { class: 'why' }, `${e.date || 'no date'}${e.location ? ' · ' + e.location : ''}${e.domains ? ' · ' + e.domains : ''} · CAMEO ${e.cameo} · confidence ${Math.round(e.confidence * 100)}%`)));
  section('Quotes', a.quotes, (q) => el('div', { class: 'fact' },
    el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); flash(`quote:${q.id}`); } }, q.speaker || 'unattributed'),
    el('span', { class: 'muted' }, ` (${q.kind}, ${q.verb || ''})`), el('div', { class: 'why' }, q.text)));
  section('Entities', a.entities, (e) => el('div', { class: 'fact' },
    el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); flash(`entity:${e.entity}`); } }, e.name),
    el('span', { class: 'muted' }, ` ${e.type}${e.country ? ' · ' + e.country : ''}${e.role ? ' · ' + e.role : ''} · ${e.mentions}×`),
    ' ', el('a', { href: `#entity=${encodeURIComponent(e.name)}`, class: 'muted' }, 'page')));
  section('Dates', a.dates, (d, i) => el('div', { class: 'fact' },
    el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); flash(`date:${i}`); } }, d.text), ` → ${d.value}`));
  section('Quantities', a.quantities, (q, i) => el('div', { class: 'fact' },
    el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); flash(`quantity:${i}`); } }, q.text),
    ` → ${q.value}${q.unit ? ' ' + q.unit : ''}${q.object ? ' ' + q.object : ''}`));
  box.replaceChildren(
    el('button', { class: 'back', onclick: () => go({ doc: null, span: null }, true) }, '← back to the list'),
    el('h2', {}, art.title || art.doc_id),
    el('p', { class: 'muted' }, `${art.source || ''} · ${art.published || 'undated'} · ${art.sentences} sentences`,
      art.url ? el('span', {}, ' · ', el('a', { href: art.url, rel: 'noreferrer' }, 'original')) : '',
      ` · export `, el('a', { href: `/api/v1/article/${art.doc}`, download: `warta-article-${art.doc}.json` }, 'JSON')),
    el('div', { class: 'article' }, text, facts));
  const span = state().get('span');
  if (span) flash(span);
}

// ---- one entity ----
async function renderEntity(name) {
  const box = $('#entity-view');
  box.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  const who = p({ actor: name });
  try {
    const [ent, arts, quotes, evs] = await Promise.all([
      api(`entity/${encodeURIComponent(name)}`), api('articles', p({ limit: 20 }, who)),
      api('quotes', p({ limit: 20 }, who)), api('events', p({ limit: 'all' }, who))]);
    const e = ent.entity;
    const partners = new Map();
    for (const x of evs.results) {
      const other = x.actor1 === e.name ? [x.actor2, x.actor2_country] : [x.actor1, x.actor1_country];
      if (!other[0] && !other[1]) continue;
      const key = other.join('|');
      const d = x.date || x.published || '';
      const row = partners.get(key) || { name: other[0], country: other[1], n: 0, first: d, last: d };
      row.n++;
      if (d && (!row.first || d < row.first)) row.first = d;
      if (d > row.last) row.last = d;
      partners.set(key, row);
    }
    const ptable = el('table', { class: 'list' }, el('tr', {}, el('th', {}, 'partner'), el('th', {}, 'events'), el('th', {}, 'first'), el('th', {}, 'last')));
    for (const r of [...partners.values()].sort((a, b) => b.n - a.n))
      ptable.append(el('tr', {}, el('td', {}, side(r.name, r.country)), el('td', {}, r.n), el('td', {}, r.first), el('td', {}, r.last)));
    const qlist = el('div', {});
    for (const q of quotes.results)
      qlist.append(el('div', { class: 'fact' }, el('div', {}, `“${q.text}”`), el('div', { class: 'why' }, `${q.published || ''} · `, el('a', { href: `#doc=${q.doc}&span=quote:${q.id}` }, q.title || q.doc_id))));
    const alist = el('table', { class: 'list' });
    for (const a of arts.results)
      alist.append(el('tr', {}, el('td', {}, a.published || ''), el('td', {}, a.source || ''), el('td', {}, el('a', { href: `#doc=${a.doc}` }, a.title || a.doc_id))));
    box.replaceChildren(
      el('button', { class: 'back', onclick: () => go({ entity: null }, true) }, '← back to the list'),
      el('h2', {}, e.name),
      el('p', {}, `${e.type || ''}${e.country ? ' · ' + e.country : ''}${e.role ? ' · ' + e.role : ''}`,
        el('span', { class: 'muted' }, ` · ${e.articles || 0} articles, ${e.mentions || 0} mentions, seen ${e.first_seen || '?'} to ${e.last_seen || '?'}`),
        ' · ', el('a', { href: `#actor=${encodeURIComponent(e.name)}` }, 'filter everything by this name')),
      el('p', { class: 'spellings' }, 'Written as: ', ent.spellings.map((x) => `${x.text} (${x.count})`).join(', ')),
      el('div', { class: 'two' },
        el('div', { class: 'panel' }, el('h3', {}, `Partners in events (${evs.total} events; by month: ${ent.months.map((m) => `${m.month} ${m.count}`).join(', ') || 'none'})`), ptable),
        el('div', { class: 'panel' }, el('h3', {}, `Quotes (${quotes.total})`), qlist)),
      el('div', { class: 'panel' }, el('h3', {}, `Articles (${arts.total})`), alist));
  } catch (err) { fail(box, err); }
}

// ---- the whole page ----
let last = '';
// body[data-ready] holds the fragment once its view is drawn (the browser tests wait for it).
async function render() {
  const hash = location.hash;
  delete document.body.dataset.ready;
  await draw();
  if (location.hash === hash) document.body.dataset.ready = hash || '#';
}
async function draw() {
  const s = state();
  const doc = s.get('doc'), entity = s.get('entity');
  $('#overview').hidden = !!(doc || entity);
  $('#article-view').hidden = !doc;
  $('#entity-view').hidden = !entity;
  renderChips();
  if (doc) return renderArticle(doc);
  if (entity) return renderEntity(entity);
  const key = FILTERS.map((k) => s.get(k) || '').join('|');
  if (key === last) return; // back from an article: the overview is as it was
  last = key;
  await Promise.all([renderTimeline(), renderNetwork(), renderMap(), renderList('events'), renderList('articles')]);
}

async function renderStats() {
  try {
    const r = (await api('stats')).results[0];
    $('#stats').textContent = `${r.documents} articles · ${r.events} events · ${r.quotes} quotes`;
  } catch (e) { $('#stats').textContent = e.message; }
}

$('#search-form').addEventListener('submit', (ev) => { ev.preventDefault(); go({ q: $('#search').value.trim() }); });
$('#of').addEventListener('change', () => renderTimeline());
$('#by').addEventListener('change', () => renderTimeline());
$('#nodes').addEventListener('change', () => renderNetwork());
window.addEventListener('hashchange', render);
renderStats();
render();
