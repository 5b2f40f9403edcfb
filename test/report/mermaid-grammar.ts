// A strict grammar of exactly the Mermaid subset that src/report/mermaid.ts emits:
//   flowchart TD
//   <node>                  := ID OPEN "TEXT" CLOSE   (shapes: [ ], ([ ]), [[ ]], [( )], {{ }})
//   subgraph ID["TEXT"] ... end   (one level, nodes only, indented by four)
//   ID -->|"TEXT"| ID       (after all declarations; both ids declared)
// TEXT has no `"` (escaped as #quot;) and no line break. Returns the problems found.

const ID = '[A-Za-z][A-Za-z0-9_]*';
const TEXT = '[^"\\n]+';
const SHAPES: [string, string][] = [['[', ']'], ['([', '])'], ['[[', ']]'], ['[(', ')]'], ['{{', '}}']];
const KEYWORDS = new Set(['end', 'subgraph', 'graph', 'flowchart', 'style', 'class', 'classDef', 'click', 'linkStyle', 'direction', 'default']);

function esc(s: string): string {
  return s.replace(/[[\](){}]/g, (c) => `\\${c}`);
}

const NODE = new RegExp(`^(${ID})(?:${SHAPES.map(([o, c]) => `${esc(o)}"${TEXT}"${esc(c)}`).join('|')})$`);
const SUBGRAPH = new RegExp(`^  subgraph (${ID})\\["${TEXT}"\\]$`);
const EDGE = new RegExp(`^  (${ID}) -->\\|"${TEXT}"\\| (${ID})$`);

/** Every way `text` leaves the emitted subset (empty when it conforms). */
export function mermaidGrammarErrors(text: string): string[] {
  const errors: string[] = [];
  if (!text.endsWith('\n')) errors.push('text does not end with a newline');
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines[0] !== 'flowchart TD') errors.push(`line 1: expected "flowchart TD", got "${lines[0]}"`);
  const declared = new Set<string>();
  let inSubgraph = false;
  let inEdges = false;
  const declare = (id: string, n: number) => {
    if (KEYWORDS.has(id)) errors.push(`line ${n}: id "${id}" is a keyword`);
    if (declared.has(id)) errors.push(`line ${n}: id "${id}" declared twice`);
    declared.add(id);
  };
  lines.slice(1).forEach((line, i) => {
    const n = i + 2;
    const edge = EDGE.exec(line);
    if (edge && !inSubgraph) {
      inEdges = true;
      for (const id of [edge[1], edge[2]]) if (!declared.has(id)) errors.push(`line ${n}: edge uses undeclared id "${id}"`);
      return;
    }
    if (inEdges) {
      errors.push(`line ${n}: only edges may follow the first edge: "${line}"`);
      return;
    }
    const subgraph = SUBGRAPH.exec(line);
    if (subgraph && !inSubgraph) {
      declare(subgraph[1], n);
      inSubgraph = true;
      return;
    }
    if (line === '  end' && inSubgraph) {
      inSubgraph = false;
      return;
    }
    const indent = inSubgraph ? '    ' : '  ';
    const node = line.startsWith(indent) && !line.startsWith(`${indent} `) ? NODE.exec(line.slice(indent.length)) : null;
    if (node) {
      declare(node[1], n);
      return;
    }
    errors.push(`line ${n}: not part of the emitted grammar: "${line}"`);
  });
  if (inSubgraph) errors.push('a subgraph is not closed with "  end"');
  return errors;
}
