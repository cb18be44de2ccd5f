// One entity's page: its names, its relations (a picture and a table, grouped by relation, each
// fact with its evidence a click away), and the posts and sentences that mention it.
import { $, el, link, marked, plural, show } from './dom.js';
import { whyButton } from './explain.js';
import { drawPicture } from './picture.js';
import { iriRef, select, types, value } from './sparql.js';

const S = 'http://schema.org/';
const Q = 'https://quarry.dev/ns#';

/** Each relation as it reads from the entity outwards, and inwards. */
const RELATIONS = {
  [S + 'worksFor']: ['works for', 'people who work here'],
  [Q + 'uses']: ['uses', 'used by'],
  [Q + 'spokeAt']: ['spoke at', 'speakers'],
  [Q + 'spokeAbout']: ['spoke about', 'spoken about by'],
  [S + 'location']: ['held in', 'events held here'],
  [S + 'sponsor']: ['sponsored by', 'sponsored'],
  [S + 'superEvent']: ['part of', 'editions'],
  [S + 'performer']: ['given by', 'talks'],
  [S + 'about']: ['about', 'talks'],
};

/** Relations a talk has to its speakers, topics and event; they make the "talks" group. */
const TALK_LINKS = [S + 'performer', S + 'about', S + 'superEvent'];

let current = null;

export async function entity(iri) {
  show('entity-view');
  const ref = iriRef(iri);
  const [about, relations, mentions] = await Promise.all([
    select(`
SELECT ?name ?type ?alias ?wikidata WHERE {
  ${types()}
  FILTER (?type != "Talk")
  ${ref} a ?class ; schema:name ?name .
  OPTIONAL { ${ref} skos:altLabel ?alias FILTER (?alias != ?name) }
  OPTIONAL { ${ref} owl:sameAs ?wikidata
             FILTER (STRSTARTS(STR(?wikidata), "http://www.wikidata.org/entity/")) }
}`),
    select(`
SELECT ?s ?p ?o ?sName ?sType ?oName ?oType (GROUP_CONCAT(DISTINCT ?r; separator="; ") AS ?role)
       (GROUP_CONCAT(DISTINCT ?speaker; separator=", ") AS ?speakers)
WHERE {
  VALUES ?p { ${Object.keys(RELATIONS).map(iriRef).join(' ')} }
  { ${ref} ?p ?o BIND (${ref} AS ?s) } UNION { ?s ?p ${ref} BIND (${ref} AS ?o) }
  OPTIONAL { ?s schema:name ?sName }
  OPTIONAL { ${types('sClass', 'sType')} ?s a ?sClass
             FILTER (?sClass = quarry:Talk || NOT EXISTS { ?s a quarry:Talk }) }
  OPTIONAL { ?o schema:name ?oName }
  OPTIONAL { ${types('oClass', 'oType')} ?o a ?oClass
             FILTER (?oClass = quarry:Talk || NOT EXISTS { ?o a quarry:Talk }) }
  OPTIONAL { FILTER (?p = schema:worksFor)
             ?job quarry:employee ?s ; quarry:employer ?o ; schema:roleName ?r }
  OPTIONAL { ?s a quarry:Talk ; schema:performer/schema:name ?speaker }
}
GROUP BY ?s ?p ?o ?sName ?sType ?oName ?oType
ORDER BY ?p ?sName ?oName`),
    select(`
SELECT ?post ?title ?file ?line ?written ?sentence ?begin ?sBegin WHERE {
  ?m itsrdf:taIdentRef ${ref} ; nif:anchorOf ?written ; quarry:line ?line ;
     nif:beginIndex ?begin ; nif:referenceContext ?post .
  ?post quarry:sourceFile ?file .
  OPTIONAL { ?post schema:headline ?title }
  OPTIONAL { ?m nif:sentence ?s . ?s nif:anchorOf ?sentence ; nif:beginIndex ?sBegin }
}
ORDER BY ?file ?line ?begin
LIMIT 2000`),
  ]);
  if (!about.length) throw new Error('Nothing in the graph is called ' + iri);
  const name = value(about[0], 'name');
  const type = value(about[0], 'type');
  $('entity-name').textContent = name;
  $('entity-type').textContent = type;
  const aliases = [...new Set(about.map((r) => value(r, 'alias')).filter((a) => a && a !== name))];
  $('entity-aliases').textContent = aliases.length ? 'Also called: ' + aliases.join(', ') : '';
  const wikidata = about.map((r) => value(r, 'wikidata')).find((w) => w);
  $('entity-wikidata').hidden = !wikidata;
  if (wikidata) {
    const id = wikidata.replace(/.*\//, '');
    $('entity-wikidata-link').href = 'https://www.wikidata.org/wiki/' + encodeURIComponent(id);
    $('entity-wikidata-link').textContent = id;
  }
  current = { center: { iri, name, type }, groups: groupsOf(iri, relations), open: new Set() };
  redraw();
  relationTable(current.groups);
  listMentions(name, mentions);
}

/** The relations by kind and direction; every talk the entity is part of makes one group. */
function groupsOf(iri, relations) {
  const groups = new Map();
  for (const r of relations) {
    const p = value(r, 'p');
    const outgoing = value(r, 's') === iri;
    const side = outgoing ? 'o' : 's';
    const type = value(r, side + 'Type') || 'Talk';
    const name = value(r, side + 'Name')
      || (type === 'Talk' && value(r, 'speakers') ? 'a talk by ' + value(r, 'speakers') : '');
    const other = { iri: value(r, side), name, type, role: value(r, 'role'), fact: r, p };
    const talk = !outgoing && other.type === 'Talk' && TALK_LINKS.includes(p);
    const key = talk ? 'talks' : (outgoing ? 'out:' : 'in:') + p;
    if (!groups.has(key)) {
      groups.set(key, { key, label: talk ? 'talks' : RELATIONS[p][outgoing ? 0 : 1], outgoing,
        neighbours: [] });
    }
    const g = groups.get(key);
    if (!g.neighbours.some((n) => n.iri === other.iri)) g.neighbours.push(other);
  }
  for (const g of groups.values()) {
    g.neighbours.sort((a, b) => (a.name || '~').localeCompare(b.name || '~', 'en',
      { numeric: true }));
  }
  return [...groups.values()];
}

function redraw() {
  const { center, groups, open } = current;
  drawPicture(center, groups, open, (key) => { open.add(key); redraw(); }, (n) => {
    location.hash = (n.type === 'Talk' ? 'talk=' : 'entity=') + encodeURIComponent(n.iri);
  });
}

function relationTable(groups) {
  const body = $('relations').tBodies[0];
  body.replaceChildren();
  for (const g of groups) {
    body.append(el('tr', { className: 'group' },
      el('th', { colSpan: 5, textContent: g.label + ' (' + g.neighbours.length + ')' })));
    for (const n of g.neighbours) {
      const r = n.fact;
      const cell = (side) => el('td', {}, value(r, side) === n.iri ? link(n.iri, n.name, n.type)
        : link(value(r, side), value(r, side + 'Name'), value(r, side + 'Type') || 'Talk'));
      const row = el('tr', { className: 'fact' }, cell('s'),
        el('td', { textContent: RELATIONS[n.p][0] }), cell('o'),
        el('td', { textContent: n.role }));
      const why = el('td');
      if (g.key !== 'talks' && !TALK_LINKS.includes(n.p)) {
        why.append(whyButton(value(r, 's'), n.p, value(r, 'o'), (box) => {
          row.after(el('tr', { className: 'evidence-row' }, el('td', { colSpan: 5 }, box)));
        }));
      }
      row.append(why);
      body.append(row);
    }
  }
  if (!groups.length) {
    body.append(el('tr', {}, el('td', { colSpan: 5, textContent: 'No relations found.' })));
  }
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
  for (const [post, list] of byPost) {
    const first = list[0];
    const section = el('div', { className: 'post' },
      el('h4', {}, link(post, value(first, 'title') || value(first, 'file'), 'Post')),
      el('div', { className: 'file', textContent: value(first, 'file') }));
    const bySentence = new Map();
    for (const m of list) {
      const sentence = value(m, 'sentence') || value(m, 'written');
      if (!bySentence.has(sentence)) bySentence.set(sentence, []);
      bySentence.get(sentence).push(m);
    }
    for (const [sentence, ms] of bySentence) {
      const begin = value(ms[0], 'sentence') ? +value(ms[0], 'sBegin') : +value(ms[0], 'begin');
      section.append(el('p', { className: 'sentence' },
        el('span', { className: 'line', textContent: 'line ' + value(ms[0], 'line') }),
        ...marked(sentence, begin, ms.map((m) => ({ written: value(m, 'written'),
          begin: +value(m, 'begin') })))));
    }
    box.append(section);
  }
  if (!mentions.length) {
    box.append(el('p', { textContent: 'No mentions stored for ' + name + '.' }));
  }
}
