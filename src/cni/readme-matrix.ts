// Renders the capability matrix as the README's "Will my CNI enforce this?" table.
// A test keeps the README block equal to this output.
import { Cni } from './cni';
import { CNI_MATRIX, isVersioned } from './matrix';
import { CniFeature, SupportLevel } from './support';

const COLUMNS: { feature: CniFeature; title: string }[] = [
  { feature: CniFeature.INGRESS, title: 'Ingress' },
  { feature: CniFeature.EGRESS, title: 'Egress' },
  { feature: CniFeature.IPBLOCK_EXCEPT, title: 'ipBlock `except`' },
  { feature: CniFeature.END_PORT, title: '`endPort`' },
  { feature: CniFeature.SCTP, title: 'SCTP' },
  { feature: CniFeature.NAMED_PORTS, title: 'Named ports' },
  { feature: CniFeature.IPBLOCK_MATCHES_POD_IPS, title: 'ipBlock matches pod IPs' },
];

const SYMBOL: Record<SupportLevel, string> = {
  [SupportLevel.SUPPORTED]: 'yes',
  [SupportLevel.PARTIAL]: 'partial',
  [SupportLevel.IGNORED_SILENTLY]: '**ignored**',
  [SupportLevel.UNSUPPORTED]: '**no**',
  [SupportLevel.NOT_ENFORCED]: '**none**',
  [SupportLevel.UNKNOWN]: 'unknown',
};

/** The markdown table of the CNI matrix (one row per plugin, a linked source per cell). */
export function cniMatrixMarkdown(): string {
  const lines = [
    `| CNI | Status | ${COLUMNS.map((c) => c.title).join(' | ')} |`,
    `|---|---|${COLUMNS.map(() => '---').join('|')}|`,
  ];
  for (const entry of CNI_MATRIX) {
    const status = cell(entry.maintenance.status.toLowerCase(), entry.maintenance);
    const cells = COLUMNS.map(({ feature }) => {
      const fact = entry.facts[feature];
      if (!isVersioned(fact)) return cell(SYMBOL[fact.level], fact);
      return fact.byVersion
        .map((f, i) => cell(`${SYMBOL[f.level]} ${f.below ? `< ${f.below}` : `>= ${fact.byVersion[i - 1]?.below ?? ''}`}`, f))
        .join(', ');
    });
    lines.push(`| \`${entry.id}\` ${entry.displayName} | ${status} | ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    'Each cell links its source. **ignored**: accepted but not enforced, so the rule is narrower or wider than written;',
    '**none**: no NetworkPolicy is enforced at all; unknown: no public source found (the reason is in `src/cni/matrix.ts`; test it in a cluster).',
    `Check a chart with \`CniCheck.of(chart, Cni.named('cilium', '1.15'))\` or \`cdk8s-ingress-egress check --cni cilium@1.15 dist/\`; known names: ${Cni.names().map((n) => `\`${n}\``).join(', ')}.`,
  );
  return lines.join('\n') + '\n';
}

function cell(text: string, fact: { readonly source: string; readonly level?: SupportLevel }): string {
  // An unknown fact has no source to link; its reason is in src/cni/matrix.ts.
  return fact.level === SupportLevel.UNKNOWN ? text : `[${text}](${fact.source})`;
}
