// Quarry's page: the graph at a glance (home), search, an entity's, a talk's and a post's pages,
// a fact's evidence, and SPARQL or a named query. The address says what is shown (#entity=IRI,
// #talk=IRI, #post=IRI, #search=TEXT, #query), so every view can be linked and bookmarked.
import { $, el, fail, link, plural, show } from './dom.js';
import { entity } from './entity.js';
import { home } from './home.js';
import { post } from './post.js';
import { queryView, showTable } from './query.js';
import { literal, named, select, sparql, token, types, update, value } from './sparql.js';
import { talk } from './talk.js';

async function search(text) {
  show('results-view');
  $('results-for').textContent = text;
  const list = $('results');
  list.replaceChildren(el('li', { textContent: 'Searching…' }));
  const found = await select(`
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
  for (const r of found) {
    list.append(el('li', {}, link(value(r, 'e'), value(r, 'name'), value(r, 'type')), ' ',
      el('span', { className: 'type', textContent: value(r, 'type') }), ' ',
      el('span', { className: 'count', textContent: plural(+value(r, 'posts'), 'post') })));
  }
  if (!list.children.length) list.append(el('li', { textContent: 'Nothing by that name.' }));
}

const VIEWS = { entity, talk, post, search };

function route() {
  if (location.hash.startsWith('#token=')) {
    // Kept for this tab only, and taken out of the address so that it is not shared or bookmarked.
    sessionStorage.setItem('quarry-token', decodeURIComponent(location.hash.slice('#token='.length)));
    history.replaceState(null, '', location.pathname);
  }
  $('update-run').hidden = !token();
  const hash = location.hash.slice(1);
  const at = hash.indexOf('=');
  const view = at > 0 ? VIEWS[hash.slice(0, at)] : null;
  let work;
  if (view) work = view(decodeURIComponent(hash.slice(at + 1)));
  else if (hash === 'query') work = queryView();
  else work = home();
  window.scrollTo(0, 0);
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
