// The query view: a named query with its parameters, or any SPARQL (an update too, with the
// token the page was given).
import { $, el, plural, show } from './dom.js';
import { PREFIXES, answer, rows, value } from './sparql.js';

let catalogue = [];

export async function queryView() {
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

export function showTable(result) {
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
