// The home page: what the graph holds, at a glance.
import { $, el, link, plural, show } from './dom.js';
import { TYPES, select, value } from './sparql.js';

/** How many of each the graph holds, in the order shown, with the word for one and for many. */
const COUNTED = [
  ['posts', 'post', 'posts'], ['people', 'person', 'people'],
  ['organizations', 'organization', 'organizations'], ['events', 'event', 'events'],
  ['technologies', 'technology', 'technologies'], ['places', 'place', 'places'],
  ['talks', 'talk', 'talks'], ['facts', 'fact', 'facts'],
];

const CLASSES = {
  Person: 'schema:Person', Organization: 'schema:Organization', Event: 'schema:Event',
  Technology: 'quarry:Technology', Place: 'schema:Place',
};

const HEADINGS = {
  Person: 'People', Organization: 'Organizations', Event: 'Events',
  Technology: 'Technologies', Place: 'Places',
};

const TOP = 8;

export async function home() {
  show('home-view');
  await Promise.all([counts(), latestPosts(), topEvents(), ...TYPES.map(topOfType)]);
}

async function counts() {
  const found = await select(`
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { VALUES (?class ?what) {
      (schema:BlogPosting "posts") (schema:Person "people") (schema:Organization "organizations")
      (quarry:Technology "technologies") (schema:Place "places") (quarry:Talk "talks") }
    ?x a ?class }
  UNION { ?x a schema:Event FILTER NOT EXISTS { ?x a quarry:Talk } BIND ("events" AS ?what) }
}
GROUP BY ?what`);
  const facts = await select(`
SELECT (COUNT(*) AS ?n) WHERE {
  SELECT DISTINCT ?s ?p ?o WHERE { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ;
                                       rdf:object ?o } }`);
  const n = Object.fromEntries(found.map((r) => [value(r, 'what'), +value(r, 'n')]));
  n.facts = +value(facts[0], 'n');
  $('counts').replaceChildren(...COUNTED.map(([key, one, many]) => el('li', { id: 'count-' + key },
    el('span', { className: 'number', textContent: (n[key] || 0).toLocaleString('en') }), ' ',
    el('span', { textContent: n[key] === 1 ? one : many }))));
}

async function topOfType(type) {
  const found = await select(`
SELECT ?e (MIN(?n) AS ?name) (COUNT(DISTINCT ?post) AS ?posts) WHERE {
  ?e a ${CLASSES[type]} ; schema:name ?n .
  ?post schema:mentions ?e .
}
GROUP BY ?e
ORDER BY DESC(?posts) ?name
LIMIT ${TOP}`);
  const list = el('ol');
  for (const r of found) {
    list.append(el('li', {}, link(value(r, 'e'), value(r, 'name'), type), ' ',
      el('span', { className: 'count', textContent: plural(+value(r, 'posts'), 'post') })));
  }
  if (!found.length) list.append(el('li', { textContent: 'None yet.' }));
  const box = el('section', { className: 'top', id: 'top-' + type },
    el('h4', { textContent: HEADINGS[type] }), list);
  const slot = $('top-entities');
  // Keep the types in their order whichever answer comes first.
  const after = [...slot.children].find((c) => TYPES.indexOf(c.id.slice(4)) > TYPES.indexOf(type));
  const old = $('top-' + type);
  if (old) old.replaceWith(box); else slot.insertBefore(box, after || null);
}

async function latestPosts() {
  const found = await select(`
SELECT ?post ?title ?date (GROUP_CONCAT(DISTINCT ?author; separator=", ") AS ?authors) WHERE {
  ?post a schema:BlogPosting ; schema:headline ?title .
  OPTIONAL { ?post schema:datePublished ?date }
  OPTIONAL { ?post schema:author/schema:name ?author }
}
GROUP BY ?post ?title ?date
ORDER BY DESC(?date) ?title
LIMIT 10`);
  $('latest-posts').replaceChildren(...found.map((r) => el('li', {},
    link(value(r, 'post'), value(r, 'title'), 'Post'), ' ',
    el('span', { className: 'count', textContent: [value(r, 'date'), value(r, 'authors')]
      .filter((x) => x).join(' · ') }))));
  if (!found.length) $('latest-posts').append(el('li', { textContent: 'No posts yet.' }));
}

async function topEvents() {
  const found = await select(`
SELECT ?e (MIN(?n) AS ?name) (COUNT(DISTINCT ?talk) AS ?talks) WHERE {
  ?talk a quarry:Talk ; schema:superEvent ?e .
  ?e schema:name ?n .
}
GROUP BY ?e
ORDER BY DESC(?talks) ?name
LIMIT 10`);
  $('top-events').replaceChildren(...found.map((r) => el('li', {},
    link(value(r, 'e'), value(r, 'name'), 'Event'), ' ',
    el('span', { className: 'count', textContent: plural(+value(r, 'talks'), 'talk') }))));
  if (!found.length) $('top-events').append(el('li', { textContent: 'No talks yet.' }));
}
