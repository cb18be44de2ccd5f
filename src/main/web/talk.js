// A talk's page: its title, speakers, event, topics and recording, the post and sentences it was
// read from (with their mentions marked), and the rule and confidence that read it.
import { $, el, link, links, marked, show } from './dom.js';
import { iriRef, select, types, value } from './sparql.js';
import { sentencesOf } from './post.js';

export async function talk(iri) {
  show('talk-view');
  const ref = iriRef(iri);
  const [about, linked, sentences] = await Promise.all([
    select(`
SELECT ?title ?post ?postTitle ?file ?line ?rule ?c ?recording WHERE {
  ${ref} a quarry:Talk ; prov:wasDerivedFrom ?post .
  ?post quarry:sourceFile ?file .
  OPTIONAL { ?post schema:headline ?postTitle }
  OPTIONAL { ${ref} schema:name ?title }
  OPTIONAL { ${ref} quarry:line ?line }
  OPTIONAL { ${ref} quarry:confidence ?c }
  OPTIONAL { ${ref} prov:wasAttributedTo/rdfs:label ?rule }
  OPTIONAL { ${ref} schema:recordedIn ?recording }
}`),
    select(`
SELECT ?p ?e ?name ?type WHERE {
  VALUES ?p { schema:performer schema:superEvent schema:about }
  ${ref} ?p ?e . ?e schema:name ?name .
  OPTIONAL { ${types()} ?e a ?class FILTER (?type != "Talk") }
}
ORDER BY ?name`),
    sentencesOf(iri, `${ref} nif:sentence ?sen .`),
  ]);
  if (!about.length) throw new Error('No talk in the graph is ' + iri);
  const a = about[0];
  const by = (p) => linked.filter((r) => value(r, 'p') === 'http://schema.org/' + p)
    .map((r) => [value(r, 'e'), value(r, 'name'), value(r, 'type')]);
  const speakers = by('performer').map(([, name]) => name);
  $('talk-title').textContent = value(a, 'title')
    || (speakers.length ? 'A talk by ' + speakers.join(', ') : 'An untitled talk');
  const facts = $('talk-facts');
  facts.replaceChildren();
  const row = (label, ...content) => facts.append(el('dt', { textContent: label }),
    el('dd', { id: 'talk-' + label.toLowerCase().replace(/\s+/g, '-') }, ...content));
  row('Speakers', ...orNone(links(by('performer'))));
  row('Event', ...orNone(links(by('superEvent'))));
  row('Topics', ...orNone(links(by('about'))));
  const recordings = [...new Set(about.map((r) => value(r, 'recording')).filter((r) => r))];
  row('Recording', ...orNone(recordings.flatMap((u, i) => [i ? ', ' : '',
    el('a', { href: safeUrl(u), textContent: u, rel: 'noreferrer noopener' })])));
  row('Read from', link(value(a, 'post'), value(a, 'postTitle') || value(a, 'file'), 'Post'),
    ' ', el('span', { className: 'count', textContent: value(a, 'file') + ':' + value(a, 'line') }));
  row('Rule', 'rule ' + value(a, 'rule').replace(/^rule:/, '') + ' · confidence '
    + Number(value(a, 'c')).toFixed(2));
  const box = $('talk-sentences');
  box.replaceChildren(...sentences.map((s) => el('p', { className: 'sentence' },
    el('span', { className: 'line', textContent: 'line ' + s.line }),
    ...marked(s.text, s.begin, s.mentions))));
}

const orNone = (items) => (items.length ? items : [el('span', { className: 'none',
  textContent: 'not known' })]);

/** Only web addresses become links. */
const safeUrl = (u) => (/^https?:\/\//i.test(u) ? u : '#');
