// Quarry's page: search entities, look at one (its relations as a graph and a table, the posts
// and sentences that mention it), and run SPARQL or a named query. It talks only to the server's
// own endpoints: SPARQL at quarry/sparql, named queries at queries/NAME.
'use strict';

const PREFIXES = `PREFIX schema: <http://schema.org/>
PREFIX quarry: <https://quarry.dev/ns#>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX owl:    <http://www.w3.org/2002/07/owl#>
PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
`;

// The classes the page knows, and the name each is shown with, as a VALUES block over the
// variables ?CLASS and ?TYPE (each use needs its own pair).
const types = (cls = 'class', type = 'type') => `VALUES (?${cls} ?${type}) {
  (schema:Person "Person") (schema:Organization "Organization") (schema:Event "Event")
  (quarry:Technology "Technology") (schema:Place "Place") (quarry:Talk "Talk") }`;

// The relations drawn in the graph, and how each edge reads from its source to its target.
const RELATIONS = {
  'https://quarry.dev/ns#spokeAbout': 'spoke about',
  'https://quarry.dev/ns#spokeAt': 'spoke at',
  'https://quarry.dev/ns#uses': 'uses',
  'http://schema.org/worksFor': 'works for',
  'http://schema.org/location': 'held in',
  'http://schema.org/sponsor': 'sponsored by',
  'http://schema.org/performer': 'given by',
  'http://schema.org/about': 'about',
  'http://schema.org/superEvent': 'at',
};

const COLOURS = {
  Person: '#e07b39', Organization: '#3a7ca5', Event: '#7b5ea7', Technology: '#2f9e6e',
  Place: '#b8a13a', Talk: '#999999',
};

const $ = (id) => document.getElementById(id);
let graph = null;

// ---------- talking to the server ----------

/** A SPARQL string literal holding `text`, whatever it contains. */
function literal(text) {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
    .replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}

/** An IRI from the server's own answers, checked before it goes back into a query. */
function iriRef(iri) {
  if (!/^[^<>"{}|^`\\\s]+$/.test(iri)) throw new Error('not an IRI: ' + iri);
  return '<' + iri + '>';
}

async function answer(response) {
  const body = await response.text();
  if (!response.ok) {
    let message = body;
    try { message = JSON.parse(body).error || body; } catch (e) { /* plain text */ }
    throw new Error(message.trim() || response.status + ' ' + response.statusText);
  }
  return JSON.parse(body);
}

async function sparql(query) {
  const response = await fetch('quarry/sparql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Accept': 'application/sparql-results+json',
    },
    body: new URLSearchParams({ query }),
  });
  return answer(response);
}

/** The token `quarry serve --update` printed, given to the page in its address (#token=...). */
const token = () => sessionStorage.getItem('quarry-token');

/** A SPARQL update, sent with the token; the server takes none without it. */
async function update(text) {
  const response = await fetch('quarry/update', {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-update', 'Authorization': 'Bearer ' + token() },
    body: text,
  });
  if (!response.ok) await answer(response);
  return { boolean: true };
}

async function named(name, params) {
  return answer(await fetch('queries/' + encodeURIComponent(name) + '?' + new URLSearchParams(params),
    { headers: { 'Accept': 'application/sparql-results+json' } }));
}

const rows = (result) => result.results.bindings;
const value = (row, name) => (row[name] ? row[name].value : '');

// ---------- views ----------

function show(view) {
  for (const id of ['home-view', 'results-view', 'entity-view', 'query-view']) {
    $(id).hidden = id !== view;
  }
  $('message').hidden = true;
}

function fail(error) {
  $('message').textContent = String(error.message || error);
  $('message').hidden = false;
}

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  for (const c of children) e.append(c);
  return e;
}

function entityLink(iri, name) {
  return el('a', { href: '#entity=' + encodeURIComponent(iri), textContent: name });
}

// ---------- search ----------

async function search(text) {
  show('results-view');
  $('results-for').textContent = text;
  const list = $('results');
  list.replaceChildren(el('li', { textContent: 'Searching…' }));
  const result = await sparql(PREFIXES + `
SELECT ?e ?name ?type (COUNT(DISTINCT ?post) AS ?posts) WHERE {
  ${types()}
  FILTER (?type != "Talk")
  ?e a ?class ; schema:name ?name .
  FILTER NOT EXISTS { ?e a quarry:Talk }
  { ?e schema:name ?label } UNION { ?e skos:altLabel ?label }
  FILTER (CONTAINS(LCASE(STR(?label)), LCASE(${literal(text)})))
  OPTIONAL { ?post schema:mentions|schema:author ?e }
}
GROUP BY ?e ?name ?type
ORDER BY DESC(?posts) ?name
LIMIT 100`);
  list.replaceChildren();
  for (const r of rows(result)) {
    list.append(el('li', {}, entityLink(value(r, 'e'), value(r, 'name')), ' ',
      el('span', { className: 'type', textContent: value(r, 'type') }), ' ',
      el('span', { className: 'count', textContent: plural(+value(r, 'posts'), 'post') })));
  }
  if (!list.children.length) list.append(el('li', { textContent: 'Nothing by that name.' }));
}

const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');

// ---------- one entity ----------

async function entity(iri) {
  show('entity-view');
  const ref = iriRef(iri);
  const [about, relations, mentions] = await Promise.all([
    sparql(PREFIXES + `
SELECT ?name ?type ?alias ?wikidata WHERE {
  ${types()}
  ${ref} a ?class ; schema:name ?name .
  FILTER (?class = quarry:Talk || NOT EXISTS { ${ref} a quarry:Talk })
  OPTIONAL { ${ref} skos:altLabel ?alias }
  OPTIONAL { ${ref} owl:sameAs ?wikidata
             FILTER (STRSTARTS(STR(?wikidata), "http://www.wikidata.org/entity/")) }
}`),
    sparql(PREFIXES + `
SELECT DISTINCT ?s ?p ?o ?sName ?sType ?oName ?oType ?role WHERE {
  VALUES ?p { ${Object.keys(RELATIONS).map(iriRef).join(' ')} }
  { ${ref} ?p ?o BIND (${ref} AS ?s) }
  UNION { ?s ?p ${ref} BIND (${ref} AS ?o) }
  UNION { ?s a quarry:Talk ; ?via ${ref} . ?s ?p ?o }
  OPTIONAL { ?s schema:name ?sName }
  OPTIONAL { ${types('sClass', 'sType')} ?s a ?sClass
             FILTER (?sClass = quarry:Talk || NOT EXISTS { ?s a quarry:Talk }) }
  OPTIONAL { ?o schema:name ?oName }
  OPTIONAL { ${types('oClass', 'oType')} ?o a ?oClass
             FILTER (?oClass = quarry:Talk || NOT EXISTS { ?o a quarry:Talk }) }
  OPTIONAL { FILTER (?p = schema:worksFor)
             ?job quarry:employee ?s ; quarry:employer ?o ; schema:roleName ?role }
}`),
    sparql(PREFIXES + `
SELECT ?post ?title ?file ?line ?written ?sentence WHERE {
  ?m itsrdf:taIdentRef ${ref} ; nif:anchorOf ?written ; quarry:line ?line ;
     nif:referenceContext ?post .
  ?post quarry:sourceFile ?file .
  OPTIONAL { ?post schema:headline ?title }
  OPTIONAL { ?m nif:sentence/nif:anchorOf ?sentence }
}
ORDER BY ?file ?line
LIMIT 1000`),
  ]);
  const facts = rows(about);
  if (!facts.length) throw new Error('Nothing in the graph is called ' + iri);
  const name = value(facts[0], 'name');
  $('entity-name').textContent = name;
  $('entity-type').textContent = value(facts[0], 'type');
  const aliases = [...new Set(facts.map((r) => value(r, 'alias')).filter((a) => a && a !== name))];
  $('entity-aliases').textContent = aliases.length ? 'Also called: ' + aliases.join(', ') : '';
  const wikidata = facts.map((r) => value(r, 'wikidata')).find((w) => w);
  $('entity-wikidata').hidden = !wikidata;
  if (wikidata) {
    const id = wikidata.replace(/.*\//, '');
    $('entity-wikidata-link').href = 'https://www.wikidata.org/wiki/' + encodeURIComponent(id);
    $('entity-wikidata-link').textContent = id;
  }
  drawRelations(iri, rows(relations));
  listMentions(name, rows(mentions));
}

function label(name, type) {
  return name || (type === 'Talk' ? 'a talk' : '?');
}

function drawRelations(iri, edges) {
  const nodes = new Map();
  const node = (id, name, type) => {
    if (!nodes.has(id)) nodes.set(id, { data: { id, label: label(name, type), type: type || 'Talk' } });
  };
  node(iri, $('entity-name').textContent, $('entity-type').textContent);
  const body = $('relations').tBodies[0];
  body.replaceChildren();
  const elements = [];
  edges.forEach((r, i) => {
    const [s, o, p] = [value(r, 's'), value(r, 'o'), value(r, 'p')];
    node(s, value(r, 'sName'), value(r, 'sType'));
    node(o, value(r, 'oName'), value(r, 'oType'));
    elements.push({ data: { id: 'e' + i, source: s, target: o, label: RELATIONS[p] } });
    const cell = (id, name, type) => (type === 'Talk' || !type
      ? el('td', { textContent: label(name, type) })
      : el('td', {}, entityLink(id, name)));
    body.append(el('tr', {},
      cell(s, value(r, 'sName'), value(r, 'sType')),
      el('td', { textContent: RELATIONS[p] }),
      cell(o, value(r, 'oName'), value(r, 'oType')),
      el('td', { textContent: value(r, 'role') })));
  });
  if (!edges.length) {
    body.append(el('tr', {}, el('td', { colSpan: 4, textContent: 'No relations found.' })));
  }
  if (graph) graph.destroy();
  graph = cytoscape({
    container: $('graph'),
    elements: [...nodes.values(), ...elements],
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'background-color': (n) => COLOURS[n.data('type')] || '#999',
        'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': 160, 'width': 22, 'height': 22 } },
      { selector: `node[id = ${JSON.stringify(iri)}]`, style: {
        'width': 34, 'height': 34, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#222' } },
      { selector: 'edge', style: {
        'label': 'data(label)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'font-size': 9, 'min-zoomed-font-size': 7, 'color': '#555', 'text-rotation': 'autorotate', 'width': 1.5,
        'line-color': '#bbb', 'target-arrow-color': '#bbb' } },
    ],
    layout: nodes.size > 2
      ? { name: 'cose', animate: false, padding: 20, idealEdgeLength: () => 90,
        nodeRepulsion: () => 12000, randomize: false }
      : { name: 'grid', padding: 20 },
  });
  graph.on('tap', 'node', (event) => {
    const n = event.target;
    if (n.data('type') !== 'Talk' && n.id() !== iri) {
      location.hash = 'entity=' + encodeURIComponent(n.id());
    }
  });
  window.quarryGraph = graph;
}

function listMentions(name, mentions) {
  const box = $('mentions');
  box.replaceChildren();
  const byPost = new Map();
  for (const m of mentions) {
    const key = value(m, 'post');
    if (!byPost.has(key)) byPost.set(key, []);
    byPost.get(key).push(m);
  }
  $('mention-count').textContent = '(' + plural(byPost.size, 'post') + ')';
  for (const list of byPost.values()) {
    const first = list[0];
    const section = el('div', { className: 'post' },
      el('h4', { textContent: value(first, 'title') || value(first, 'file') }),
      el('div', { className: 'file', textContent: value(first, 'file') }));
    const seen = new Set();
    for (const m of list) {
      const sentence = value(m, 'sentence') || value(m, 'written');
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      section.append(el('p', { className: 'sentence' },
        el('span', { className: 'line', textContent: 'line ' + value(m, 'line') }),
        ...highlight(sentence, value(m, 'written'))));
    }
    box.append(section);
  }
  if (!mentions.length) box.append(el('p', { textContent: 'No mentions stored for ' + name + '.' }));
}

/** The sentence, with the words as written marked. */
function highlight(sentence, written) {
  const at = written ? sentence.indexOf(written) : -1;
  if (at < 0) return [sentence];
  return [sentence.slice(0, at), el('mark', { textContent: written }),
    sentence.slice(at + written.length)];
}

// ---------- queries ----------

let catalogue = [];

async function queryView() {
  show('query-view');
  if (catalogue.length) return;
  catalogue = await answer(await fetch('queries', { headers: { Accept: 'application/json' } }));
  const select = $('named-query');
  for (const q of catalogue) select.append(el('option', { value: q.name, textContent: q.name }));
  select.addEventListener('change', describeNamed);
  describeNamed();
  if (!$('sparql').value) {
    $('sparql').value = PREFIXES + '\nSELECT ?name ?type WHERE {\n  ?e schema:name ?name ; a ?type .\n}\nLIMIT 20\n';
  }
}

function describeNamed() {
  const q = catalogue.find((c) => c.name === $('named-query').value);
  $('named-description').textContent = q ? q.description : '';
  const box = $('named-params');
  box.replaceChildren();
  for (const p of q ? q.parameters : []) {
    box.append(el('label', {}, p.name + ' ',
      el('input', { name: p.name, id: 'param-' + p.name, required: true, placeholder: p.description })));
  }
}

function showTable(result) {
  const box = $('query-result');
  if ('boolean' in result) {
    box.replaceChildren(el('p', { textContent: result.boolean ? 'yes' : 'no' }));
    return;
  }
  const vars = result.head.vars;
  const table = el('table', { id: 'result-table' },
    el('thead', {}, el('tr', {}, ...vars.map((v) => el('th', { textContent: v })))));
  const body = el('tbody');
  for (const r of rows(result)) {
    body.append(el('tr', {}, ...vars.map((v) => el('td', { textContent: value(r, v) }))));
  }
  table.append(body);
  box.replaceChildren(el('p', { textContent: plural(rows(result).length, 'row') }), table);
}

// ---------- wiring ----------

function route() {
  if (location.hash.startsWith('#token=')) {
    // Kept for this tab only, and taken out of the address so that it is not shared or bookmarked.
    sessionStorage.setItem('quarry-token', decodeURIComponent(location.hash.slice('#token='.length)));
    history.replaceState(null, '', location.pathname);
  }
  $('update-run').hidden = !token();
  const hash = decodeURIComponent(location.hash.slice(1));
  let work;
  if (hash.startsWith('entity=')) work = entity(hash.slice('entity='.length));
  else if (hash.startsWith('search=')) work = search(hash.slice('search='.length));
  else if (hash === 'query') work = queryView();
  else { show('home-view'); return; }
  work.catch(fail);
}

document.addEventListener('DOMContentLoaded', () => {
  for (const o of document.querySelectorAll('.origin')) o.textContent = new URL('.', location.href).href;
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('search').value.trim();
    if (text) location.hash = 'search=' + encodeURIComponent(text);
  });
  $('named-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const params = {};
    for (const input of $('named-params').querySelectorAll('input')) params[input.name] = input.value;
    $('query-result').replaceChildren(el('p', { textContent: 'Running…' }));
    named($('named-query').value, params).then(showTable).catch(fail);
  });
  $('sparql-form').addEventListener('submit', (e) => {
    e.preventDefault();
    $('query-result').replaceChildren(el('p', { textContent: 'Running…' }));
    sparql($('sparql').value).then(showTable).catch(fail);
  });
  $('update-run').addEventListener('click', () => {
    $('query-result').replaceChildren(el('p', { textContent: 'Running…' }));
    update($('sparql').value).then(() => $('query-result').replaceChildren(
      el('p', { textContent: 'Done.' }))).catch(fail);
  });
  window.addEventListener('hashchange', route);
  route();
});
