// Why the graph believes a fact: the evidence `quarry explain` prints, from the server's
// explain endpoint, shown under the fact.
import { el, link, plural } from './dom.js';
import { explain } from './sparql.js';

/**
 * A "why?" button for subject-predicate-object; the first click fetches the evidence and hands
 * its box to `place`, later clicks hide and show it.
 */
export function whyButton(subject, predicate, object, place) {
  let box = null;
  const button = el('button', { type: 'button', className: 'why', textContent: 'why?',
    title: 'The sentences, rule and confidence behind this fact' });
  button.addEventListener('click', async () => {
    if (box) {
      box.hidden = !box.hidden;
      return;
    }
    button.disabled = true;
    box = el('div', { className: 'evidence', textContent: 'Looking…' });
    place(box);
    try {
      render(box, await explain(subject, predicate, object));
    } catch (e) {
      box.textContent = String(e.message || e);
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

function render(box, found) {
  const list = found.evidence;
  if (!list.length) {
    box.replaceChildren(el('p', { textContent: 'No sentence stored for this fact.' }));
    return;
  }
  const posts = new Set(list.map((e) => e.post)).size;
  const best = Math.max(...list.map((e) => e.confidence));
  box.replaceChildren(el('p', { className: 'fact' }, el('strong', { textContent: found.fact }),
    ' · ' + plural(list.length, 'sentence') + ' in ' + plural(posts, 'post')
    + ', highest confidence ' + best.toFixed(2)));
  const items = el('ul');
  for (const e of list) {
    const notes = ['rule ' + e.rule, 'confidence ' + e.confidence.toFixed(2)];
    if (e.implicit) notes.push("needs the blog's voice or several sentences");
    if (e.role) notes.push('role: ' + e.role);
    if (e.asOf) notes.push('as of ' + e.asOf);
    items.append(el('li', {},
      el('div', {}, link(e.post, e.title, 'Post'), ' ',
        el('span', { className: 'count', textContent: e.file + ':' + e.line })),
      el('div', { className: 'rule', textContent: notes.join(' · ') }),
      e.sentence ? el('blockquote', { textContent: e.sentence }) : ''));
  }
  box.append(items);
}
