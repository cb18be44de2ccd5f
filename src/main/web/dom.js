// Building the page: elements, links between the page's views, marked sentences.

export const $ = (id) => document.getElementById(id);

export const VIEWS = ['home-view', 'results-view', 'entity-view', 'talk-view', 'post-view',
  'query-view'];

export function show(view) {
  for (const id of VIEWS) $(id).hidden = id !== view;
  $('message').hidden = true;
}

export function fail(error) {
  $('message').textContent = String(error.message || error);
  $('message').hidden = false;
}

export function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  for (const c of children) e.append(c);
  return e;
}

export const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');

/** A link to the page of an entity, a talk (type "Talk") or a post (type "Post"). */
export function link(iri, name, type) {
  const view = type === 'Talk' ? 'talk' : type === 'Post' ? 'post' : 'entity';
  return el('a', { href: '#' + view + '=' + encodeURIComponent(iri),
    textContent: name || (type === 'Talk' ? 'an untitled talk' : iri) });
}

/** A type badge: "Person". */
export const badge = (type) => el('span', { className: 'type', textContent: type });

/** A comma-separated run of links. */
export function links(items) {
  const out = [];
  items.forEach(([iri, name, type], i) => {
    if (i) out.push(', ');
    out.push(link(iri, name, type));
  });
  return out;
}

/**
 * The sentence with each mention marked (and linked to its entity). A mention's offsets are in
 * the post's source, the sentence's text is plain text: each mention is looked for where its
 * offset says, or failing that at its nearest occurrence; marks never overlap.
 */
export function marked(sentence, sentenceBegin, mentions) {
  const spans = [];
  const sorted = [...mentions].sort((a, b) => a.begin - b.begin);
  for (const m of sorted) {
    if (!m.written) continue;
    const expected = m.begin - sentenceBegin;
    let best = -1;
    for (let at = sentence.indexOf(m.written); at >= 0; at = sentence.indexOf(m.written, at + 1)) {
      const free = spans.every((s) => at + m.written.length <= s.from || at >= s.to);
      if (free && (best < 0 || Math.abs(at - expected) < Math.abs(best - expected))) best = at;
    }
    if (best >= 0) spans.push({ from: best, to: best + m.written.length, mention: m });
  }
  spans.sort((a, b) => a.from - b.from);
  const out = [];
  let at = 0;
  for (const s of spans) {
    out.push(sentence.slice(at, s.from));
    const mark = el('mark', { title: s.mention.name || '' });
    mark.append(s.mention.entity ? link(s.mention.entity, sentence.slice(s.from, s.to),
      s.mention.type) : sentence.slice(s.from, s.to));
    out.push(mark);
    at = s.to;
  }
  out.push(sentence.slice(at));
  return out;
}
