// Talking to the server: SPARQL at quarry/sparql, updates at quarry/update (with the token),
// named queries at queries/NAME, a fact's evidence at explain. Nothing else.

export const PREFIXES = `PREFIX schema: <http://schema.org/>
PREFIX quarry: <https://quarry.dev/ns#>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX owl:    <http://www.w3.org/2002/07/owl#>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
`;

/** The kinds of entity the page shows, in the order it shows them. */
export const TYPES = ['Person', 'Organization', 'Event', 'Technology', 'Place'];

/**
 * The classes the page knows, and the name each is shown with, as a VALUES block over the
 * variables ?CLASS and ?TYPE (each use needs its own pair).
 */
export const types = (cls = 'class', type = 'type') => `VALUES (?${cls} ?${type}) {
  (schema:Person "Person") (schema:Organization "Organization") (schema:Event "Event")
  (quarry:Technology "Technology") (schema:Place "Place") (quarry:Talk "Talk") }`;

/** A SPARQL string literal holding `text`, whatever it contains. */
export function literal(text) {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
    .replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}

/** An IRI from the server's own answers or the address, checked before it goes into a query. */
export function iriRef(iri) {
  if (!/^[a-z][a-z0-9+.-]*:[^<>"{}|^`\\\s]+$/i.test(iri)) throw new Error('not an IRI: ' + iri);
  return '<' + iri + '>';
}

export async function answer(response) {
  const body = await response.text();
  if (!response.ok) {
    let message = body;
    try { message = JSON.parse(body).error || body; } catch (e) { /* plain text */ }
    throw new Error(message.trim() || response.status + ' ' + response.statusText);
  }
  return JSON.parse(body);
}

export async function sparql(query) {
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

/** The rows of a query written after PREFIXES. */
export async function select(query) {
  return rows(await sparql(PREFIXES + query));
}

/** The token `quarry serve --update` printed, given to the page in its address (#token=...). */
export const token = () => sessionStorage.getItem('quarry-token');

/** A SPARQL update, sent with the token; the server takes none without it. */
export async function update(text) {
  const response = await fetch('quarry/update', {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-update', 'Authorization': 'Bearer ' + token() },
    body: text,
  });
  if (!response.ok) await answer(response);
  return { boolean: true };
}

export async function named(name, params) {
  return answer(await fetch('queries/' + encodeURIComponent(name) + '?' + new URLSearchParams(params),
    { headers: { 'Accept': 'application/sparql-results+json' } }));
}

/** Why the graph believes subject-predicate-object: `{fact, evidence: [...]}`. */
export async function explain(subject, predicate, object) {
  return answer(await fetch('explain?' + new URLSearchParams({ subject, predicate, object }),
    { headers: { 'Accept': 'application/json' } }));
}

export const rows = (result) => result.results.bindings;
export const value = (row, name) => (row[name] ? row[name].value : '');
