// An entity's relations as a picture (cytoscape.js): the entity in the middle, one small hub
// per relation, and that relation's neighbours stacked in a column beyond it, left or right. A
// column holds one label per row, so labels never overlap, however many neighbours there are;
// beyond a dozen per relation the rest wait behind "show all".
import { $, el } from './dom.js';

const COLOURS = {
  Person: '#e07b39', Organization: '#3a7ca5', Event: '#7b5ea7', Technology: '#2f9e6e',
  Place: '#b8a13a', Talk: '#999999',
};

/** Neighbours shown per relation until "show all". */
export const SHOWN = 12;
const ROW = 26;          // pixels between two neighbours in a column
const GAP = 30;          // between two relations' columns
const HUB_X = 170;       // from the middle to a relation's hub
const NEIGHBOUR_X = 330; // from the middle to its neighbours

let graph = null;

/**
 * Draws `center` ({iri, name, type}) and its `groups` ([{key, label, outgoing, neighbours:
 * [{iri, name, type}]}]); `open` is the set of group keys shown whole; `onOpen(key)` is called
 * when the user asks for one; `onTap(neighbour)` when a neighbour is clicked.
 */
export function drawPicture(center, groups, open, onOpen, onTap) {
  const sides = [[], []]; // right, left
  const height = (g) => rowsOf(g, open) * ROW + GAP;
  const sum = (side) => side.reduce((n, g) => n + height(g), 0);
  for (const g of [...groups].sort((a, b) => rowsOf(b, open) - rowsOf(a, open))) {
    (sum(sides[0]) <= sum(sides[1]) ? sides[0] : sides[1]).push(g);
  }
  const elements = [{ data: { id: center.iri, label: center.name, type: center.type },
    position: { x: 0, y: 0 }, classes: 'center' }];
  sides.forEach((side, s) => {
    const dir = s === 0 ? 1 : -1;
    let y = -sum(side) / 2;
    for (const g of side) {
      const shown = g.neighbours.slice(0, rowsOf(g, open) - (whole(g, open) ? 0 : 1));
      const rows = rowsOf(g, open);
      const hub = 'hub:' + g.key;
      const top = y + GAP / 2;
      elements.push({ data: { id: hub, label: g.label + ' (' + g.neighbours.length + ')' },
        position: { x: dir * HUB_X, y: top + (rows - 1) * ROW / 2 }, classes: 'hub' });
      elements.push(edge(g.outgoing ? center.iri : hub, g.outgoing ? hub : center.iri));
      shown.forEach((n, i) => {
        const id = g.key + '|' + n.iri;
        elements.push({ data: { id, iri: n.iri, type: n.type,
          label: n.name || (n.type === 'Talk' ? 'an untitled talk' : n.iri) },
          position: { x: dir * NEIGHBOUR_X, y: top + i * ROW },
          classes: 'neighbour ' + (dir > 0 ? 'right' : 'left') });
        elements.push(edge(g.outgoing ? hub : id, g.outgoing ? id : hub));
      });
      if (shown.length < g.neighbours.length) {
        const more = 'more:' + g.key;
        elements.push({ data: { id: more, key: g.key,
          label: '+ ' + (g.neighbours.length - shown.length) + ' more: show all' },
          position: { x: dir * NEIGHBOUR_X, y: top + shown.length * ROW },
          classes: 'more ' + (dir > 0 ? 'right' : 'left') });
        elements.push(edge(hub, more, 'dashed'));
      }
      y += height(g);
    }
  });
  const tallest = Math.max(sum(sides[0]), sum(sides[1]));
  $('graph').style.height = Math.max(260, Math.min(tallest + 60, 2400)) + 'px';
  if (graph) graph.destroy();
  graph = cytoscape({
    container: $('graph'),
    elements,
    style: STYLE,
    layout: { name: 'preset', fit: true, padding: 24 },
    maxZoom: 1.4,
    wheelSensitivity: 0.3,
  });
  graph.on('tap', 'node.neighbour', (event) => onTap(event.target.data()));
  graph.on('tap', 'node.more', (event) => onOpen(event.target.data('key')));
  window.quarryGraph = graph;
  showAllButtons(groups, open, onOpen);
}

/** Whether a relation is shown whole: asked for, or one more would take the "more" row. */
const whole = (g, open) => open.has(g.key) || g.neighbours.length <= SHOWN + 1;

function rowsOf(g, open) {
  return whole(g, open) ? Math.max(1, g.neighbours.length) : SHOWN + 1;
}

function edge(source, target, classes = '') {
  return { data: { id: 'edge:' + source + '>' + target, source, target }, classes };
}

/** A "show all" button for each relation with more neighbours than the picture shows. */
function showAllButtons(groups, open, onOpen) {
  const box = $('graph-controls');
  box.replaceChildren();
  for (const g of groups) {
    if (whole(g, open)) continue;
    box.append(el('button', { type: 'button', className: 'show-all',
      textContent: 'Show all ' + g.neighbours.length + ': ' + g.label,
      onclick: () => onOpen(g.key) }));
  }
  box.hidden = !box.children.length;
}

const STYLE = [
  { selector: 'node', style: {
    'label': 'data(label)', 'font-size': 12, 'width': 14, 'height': 14,
    'background-color': (n) => COLOURS[n.data('type')] || '#999',
    'text-valign': 'center', 'text-wrap': 'ellipsis', 'text-max-width': 180 } },
  { selector: 'node.right', style: { 'text-halign': 'right', 'text-margin-x': 6 } },
  { selector: 'node.left', style: { 'text-halign': 'left', 'text-margin-x': -6 } },
  { selector: 'node.center', style: {
    'width': 30, 'height': 30, 'font-weight': 'bold', 'font-size': 14, 'border-width': 3,
    'border-color': '#222', 'text-valign': 'bottom', 'text-margin-y': 6 } },
  { selector: 'node.hub', style: {
    'shape': 'round-rectangle', 'width': 10, 'height': 10, 'background-color': '#555',
    'font-size': 11, 'color': '#444', 'text-valign': 'top', 'text-margin-y': -4,
    'text-background-color': '#fff', 'text-background-opacity': 0.85,
    'text-background-padding': 2 } },
  { selector: 'node.more', style: {
    'shape': 'ellipse', 'width': 8, 'height': 8, 'background-color': '#bbb', 'color': '#2d5f8b',
    'font-style': 'italic' } },
  { selector: 'edge', style: {
    'curve-style': 'bezier', 'width': 1.2, 'line-color': '#c4c4c4',
    'target-arrow-shape': 'triangle', 'target-arrow-color': '#c4c4c4', 'arrow-scale': 0.8 } },
  { selector: 'edge.dashed', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
];
