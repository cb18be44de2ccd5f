// A post's page: what its front matter says, the entities it mentions, the talks and facts read
// from it (each fact with its evidence a click away), and each stored sentence with its mentions
// marked.
import { $, badge, el, link, links, marked, plural, show } from './dom.js';
import { whyButton } from './explain.js';
import { TYPES, iriRef, select, types, value } from './sparql.js';

const RELATION_WORDS = {
  'http://schema.org/worksFor': 'works for', 'https://quarry.dev/ns#uses': 'uses',
  'https://quarry.dev/ns#spokeAt': 'spoke at', 'https://quarry.dev/ns#spokeAbout': 'spoke about',
  'http://schema.org/location': 'held in', 'http://schema.org/sponsor': 'sponsored by',
};

export async function post(iri) {
  show('post-view');
  const ref = iriRef(iri);
  const [about, authors, entities, talks, facts, sentences] = await Promise.all([
    select(`
SELECT ?title ?date ?file ?description ?tag ?category WHERE {
  ${ref} a schema:BlogPosting ; quarry:sourceFile ?file .
  OPTIONAL { ${ref} schema:headline ?title }
  OPTIONAL { ${ref} schema:datePublished ?date }
  OPTIONAL { ${ref} schema:description ?description }
  OPTIONAL { ${ref} schema:keywords ?tag }
  OPTIONAL { ${ref} schema:articleSection ?category }
}`),
    select(`SELECT ?a ?name WHERE { ${ref} schema:author ?a . ?a schema:name ?name } ORDER BY ?name`),
    select(`
SELECT ?e ?name ?type (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
  ${types()}
  FILTER (?type != "Talk")
  ${ref} schema:mentions ?e . ?e a ?class ; schema:name ?name .
  OPTIONAL { GRAPH ${ref} { ?m itsrdf:taIdentRef ?e } }
}
GROUP BY ?e ?name ?type
ORDER BY DESC(?mentions) ?name`),
    select(`
SELECT ?t ?title ?line (GROUP_CONCAT(DISTINCT ?speaker; separator=", ") AS ?speakers) WHERE {
  ?t a quarry:Talk ; prov:wasDerivedFrom ${ref} .
  OPTIONAL { ?t schema:name ?title } OPTIONAL { ?t quarry:line ?line }
  OPTIONAL { ?t schema:performer/schema:name ?speaker }
}
GROUP BY ?t ?title ?line
ORDER BY ?line ?t`),
    select(`
SELECT ?s ?p ?o ?sName ?oName ?sType ?oType ?line ?c ?rule WHERE {
  GRAPH ${ref} {
    ?st a rdf:Statement ; prov:wasDerivedFrom ${ref} ; rdf:subject ?s ; rdf:predicate ?p ;
        rdf:object ?o ; quarry:confidence ?c ; prov:wasAttributedTo/rdfs:label ?rule .
    OPTIONAL { ?st quarry:line ?line }
    ?s schema:name ?sName . ?o schema:name ?oName .
  }
  OPTIONAL { ${types('sc', 'sType')} ?s a ?sc FILTER (?sType != "Talk") }
  OPTIONAL { ${types('oc', 'oType')} ?o a ?oc FILTER (?oType != "Talk") }
}
ORDER BY ?line ?sName ?p ?oName`),
    sentencesOf(iri, `?sen a nif:Sentence ; nif:referenceContext ${ref} .`),
  ]);
  if (!about.length) throw new Error('No post in the graph is ' + iri);
  const a = about[0];
  const distinct = (name) => [...new Set(about.map((r) => value(r, name)).filter((x) => x))];
  $('post-title').textContent = value(a, 'title') || value(a, 'file');
  const meta = $('post-meta');
  meta.replaceChildren();
  const row = (label, ...content) => {
    if (content.length) meta.append(el('dt', { textContent: label }), el('dd', {}, ...content));
  };
  row('File', value(a, 'file'));
  row('Published', ...distinct('date'));
  row('By', ...links(authors.map((r) => [value(r, 'a'), value(r, 'name'), 'Person'])));
  row('Summary', ...distinct('description'));
  row('Tags', ...(distinct('tag').length ? [distinct('tag').join(', ')] : []));
  row('Categories', ...(distinct('category').length ? [distinct('category').join(', ')] : []));

  const box = $('post-entities');
  box.replaceChildren();
  for (const type of TYPES) {
    const of = entities.filter((r) => value(r, 'type') === type);
    if (!of.length) continue;
    box.append(el('p', {}, badge(type), ' ', ...of.flatMap((r, i) => [i ? ', ' : '',
      link(value(r, 'e'), value(r, 'name'), type),
      el('span', { className: 'count', textContent: ' ×' + value(r, 'mentions') })])));
  }
  if (!entities.length) box.append(el('p', { textContent: 'No entities.' }));

  $('post-talks').replaceChildren(...talks.map((t) => el('li', {},
    link(value(t, 't'), value(t, 'title'), 'Talk'),
    value(t, 'speakers') ? ' by ' + value(t, 'speakers') : '',
    el('span', { className: 'count', textContent: ' line ' + value(t, 'line') }))));
  if (!talks.length) $('post-talks').append(el('li', { textContent: 'No talks.' }));

  factTable(facts);
  $('post-sentence-count').textContent = '(' + plural(sentences.length, 'sentence') + ')';
  $('post-sentences').replaceChildren(...sentences.map((s) => el('p', { className: 'sentence' },
    el('span', { className: 'line', textContent: 'line ' + s.line }),
    ...marked(s.text, s.begin, s.mentions))));
}

function factTable(facts) {
  const body = $('post-facts').tBodies[0];
  body.replaceChildren();
  for (const f of facts) {
    const cell = (side) => el('td', {}, link(value(f, side), value(f, side + 'Name'),
      value(f, side + 'Type')));
    const row = el('tr', { className: 'fact' }, cell('s'),
      el('td', { textContent: RELATION_WORDS[value(f, 'p')] || value(f, 'p') }), cell('o'),
      el('td', { textContent: value(f, 'line') }),
      el('td', { textContent: value(f, 'rule').replace(/^rule:/, '') + ' · '
        + Number(value(f, 'c')).toFixed(2) }));
    row.append(el('td', {}, whyButton(value(f, 's'), value(f, 'p'), value(f, 'o'), (b) => {
      row.after(el('tr', { className: 'evidence-row' }, el('td', { colSpan: 6 }, b)));
    })));
    body.append(row);
  }
  if (!facts.length) body.append(el('tr', {}, el('td', { colSpan: 6, textContent: 'No facts.' })));
}

/**
 * The sentences of a post that `pattern` selects as ?sen (inside the post's graph), in order,
 * each with its mentions: [{text, begin, line, mentions: [{written, begin, entity, name, type}]}].
 */
export async function sentencesOf(postIri, pattern) {
  const post = iriRef(postIri.replace(/#.*$/, ''));
  const found = await select(`
SELECT ?sen ?text ?begin ?line ?written ?mBegin ?e ?name ?type WHERE {
  GRAPH ${post} {
    ${pattern}
    ?sen nif:anchorOf ?text ; nif:beginIndex ?begin ; quarry:line ?line .
    OPTIONAL { ?m nif:sentence ?sen ; nif:anchorOf ?written ; nif:beginIndex ?mBegin ;
                  itsrdf:taIdentRef ?e . ?e schema:name ?name .
               OPTIONAL { ${types()} ?e a ?class FILTER (?type != "Talk") } }
  }
}
ORDER BY ?begin ?mBegin`);
  const sentences = new Map();
  for (const r of found) {
    const key = value(r, 'sen');
    if (!sentences.has(key)) {
      sentences.set(key, { text: value(r, 'text'), begin: +value(r, 'begin'),
        line: value(r, 'line'), mentions: [] });
    }
    if (value(r, 'written')) {
      sentences.get(key).mentions.push({ written: value(r, 'written'), begin: +value(r, 'mBegin'),
        entity: value(r, 'e'), name: value(r, 'name'), type: value(r, 'type') || 'Thing' });
    }
  }
  return [...sentences.values()];
}
