import { join } from 'path';
import { threeTierReport } from './helpers';
import { mermaidGrammarErrors } from './mermaid-grammar';
import { mermaidParse, mermaidParserAvailable } from './mermaid-parser';
import { threeTierExampleExists } from './readme-report';
import { cycle, fanOut } from './topologies';
import { exampleReport, TrafficGroupBy, TrafficReport } from '../../src/report';

const GOOD = 'flowchart TD\n  a["A"]\n  subgraph g["G"]\n    b[("B")]\n  end\n  a -->|"TCP 80"| b\n';

describe('mermaidGrammarErrors |', () => {
  test('accepts the emitted subset', () => {
    expect(mermaidGrammarErrors(GOOD)).toEqual([]);
  });

  test.each([
    ['an unquoted label', GOOD.replace('a["A"]', 'a[A]'), 'line 2: not part of the emitted grammar: "  a[A]"'],
    ['a quote inside a label', GOOD.replace('"A"', '"A"B"'), 'line 2: not part of the emitted grammar'],
    ['a keyword as id', GOOD.replace(/\ba\b/g, 'end'), 'line 2: id "end" is a keyword'],
    ['an undeclared edge end', GOOD.replace('-->|"TCP 80"| b', '-->|"TCP 80"| c'), 'line 6: edge uses undeclared id "c"'],
    ['a node after an edge', `${GOOD}  c["C"]\n`, 'line 7: only edges may follow the first edge'],
    ['an unclosed subgraph', GOOD.replace('  end\n', ''), 'a subgraph is not closed'],
    ['another header', GOOD.replace('flowchart TD', 'graph LR'), 'line 1: expected "flowchart TD"'],
    ['a duplicate id', GOOD.replace('b[("B")]', 'a[("B")]'), 'line 4: id "a" declared twice'],
  ])('rejects %s', (_what, text, error) => {
    expect(mermaidGrammarErrors(text).join('\n')).toContain(error);
  });
});

// Every Mermaid text the tests produce, for the real parser.
function allMermaid(): string[] {
  const texts: string[] = [];
  for (const groupBy of [TrafficGroupBy.NONE, TrafficGroupBy.NAMESPACE, TrafficGroupBy.PART_OF]) {
    texts.push(threeTierReport({ groupBy }).mermaid(), threeTierReport({ groupBy, hideDns: true, hideIngressController: true }).mermaid());
    for (const t of [fanOut(), cycle()]) texts.push(TrafficReport.fromData(t.connections, t.peers, [], { groupBy }).mermaid());
  }
  for (const example of ['ingress', 'egress', ...(threeTierExampleExists() ? ['three-tier'] : [])]) {
    texts.push(exampleReport(join(__dirname, '..', '..', 'examples', example)).mermaid());
  }
  return texts;
}

describe('mermaid parser |', () => {
  if (!mermaidParserAvailable()) {
    // Needs devDependencies mermaid@^11 and jsdom (or MERMAID_MODULES_DIR); the grammar check above still runs.
    test.todo('mermaid.parse accepts every emitted flowchart (install mermaid and jsdom to run)');
    return;
  }

  test('mermaid.parse accepts every emitted flowchart and rejects a broken one', () => {
    // GIVEN
    const texts = allMermaid();
    // WHEN
    const results = mermaidParse([...texts, 'flowchart TD\n  a["A" -->|"x"| b\n']);
    // THEN
    expect(results.slice(0, -1)).toEqual(texts.map(() => undefined));
    expect(results[results.length - 1]).toContain('Parse error');
  });
});
