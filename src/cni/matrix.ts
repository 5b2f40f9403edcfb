// The CNI capability matrix: one entry per plugin, one sourced fact per feature.
// Sources were read in November 2026 (see ../shared/reference/landscape.md §6); a fact
// that no public source confirms is UNKNOWN with the reason, never a guess.
import { CniFeature, MaintenanceStatus, SupportLevel } from './support';

/** One sourced fact about a plugin. */
export interface MatrixFact {
  readonly level: SupportLevel;
  readonly source: string;
  readonly note?: string;
}

/** A fact that changed between releases: the first range whose `below` is above the version wins. */
export interface VersionedFacts {
  readonly byVersion: ReadonlyArray<MatrixFact & { readonly below?: string }>;
  /** Used when the user did not say which version runs. */
  readonly withoutVersion: MatrixFact;
}

/** True when the fact depends on the plugin's version. */
export function isVersioned(fact: MatrixFact | VersionedFacts): fact is VersionedFacts {
  return (fact as VersionedFacts).byVersion !== undefined;
}

/** One plugin. */
export interface MatrixEntry {
  readonly id: string;
  readonly displayName: string;
  readonly aliases: readonly string[];
  readonly maintenance: { readonly status: MaintenanceStatus; readonly source: string; readonly note?: string };
  /** What to use instead, for plugins that enforce no policy or are unmaintained. */
  readonly advice?: string;
  readonly facts: Readonly<Record<CniFeature, MatrixFact | VersionedFacts>>;
}

const S = SupportLevel;
const K8S_NP_DOCS = 'https://kubernetes.io/docs/concepts/services-networking/network-policies/';
const CILIUM_CRD = 'https://docs.cilium.io/en/stable/network/kubernetes/policy/';
const NO_CILIUM_CRD: MatrixFact = {
  level: S.UNSUPPORTED,
  source: CILIUM_CRD,
  note: 'the cilium.io CRDs are installed by Cilium only',
};
const unknown = (why: string): MatrixFact => ({ level: S.UNKNOWN, source: K8S_NP_DOCS, note: why });

const CALICO_FACTS: Record<CniFeature, MatrixFact> = {
  [CniFeature.INGRESS]: { level: S.SUPPORTED, source: 'https://docs.tigera.io/calico/latest/network-policy/get-started/kubernetes-policy/kubernetes-network-policy' },
  [CniFeature.EGRESS]: { level: S.SUPPORTED, source: 'https://docs.tigera.io/calico/latest/network-policy/get-started/kubernetes-policy/kubernetes-network-policy' },
  [CniFeature.IPBLOCK_EXCEPT]: { level: S.SUPPORTED, source: 'https://docs.tigera.io/calico/latest/network-policy/get-started/kubernetes-policy/kubernetes-network-policy' },
  [CniFeature.END_PORT]: { level: S.SUPPORTED, source: 'https://github.com/projectcalico/libcalico-go/pull/1357' },
  [CniFeature.SCTP]: { level: S.SUPPORTED, source: 'https://github.com/projectcalico/libcalico-go/pull/1182' },
  [CniFeature.NAMED_PORTS]: { level: S.SUPPORTED, source: 'https://github.com/projectcalico/libcalico-go/issues/770', note: 'since Calico v3.0' },
  [CniFeature.IPBLOCK_MATCHES_POD_IPS]: {
    level: S.SUPPORTED,
    source: 'https://github.com/projectcalico/calico/issues/6634',
    note: 'an ipBlock also matches pod and service IPs: egress to 0.0.0.0/0 reached in-cluster pods until the pod cidr was excepted (Calico 3.22)',
  },
  [CniFeature.CILIUM_NETWORK_POLICY]: NO_CILIUM_CRD,
};

const NONE: MatrixFact = {
  level: S.NOT_ENFORCED,
  source: 'https://github.com/flannel-io/flannel',
  note: 'Flannel does networking only: "for network policy, other projects such as Calico can be used"',
};

/** The matrix, in the order the README lists it. */
export const CNI_MATRIX: readonly MatrixEntry[] = [
  {
    id: 'calico',
    displayName: 'Calico',
    aliases: ['projectcalico'],
    maintenance: { status: MaintenanceStatus.ACTIVE, source: 'https://github.com/projectcalico/calico' },
    facts: CALICO_FACTS,
  },
  {
    id: 'cilium',
    displayName: 'Cilium',
    aliases: [],
    maintenance: { status: MaintenanceStatus.ACTIVE, source: 'https://github.com/cilium/cilium' },
    facts: {
      [CniFeature.INGRESS]: { level: S.SUPPORTED, source: CILIUM_CRD },
      [CniFeature.EGRESS]: { level: S.SUPPORTED, source: CILIUM_CRD },
      [CniFeature.IPBLOCK_EXCEPT]: { level: S.SUPPORTED, source: CILIUM_CRD },
      [CniFeature.END_PORT]: {
        byVersion: [
          { below: '1.16', level: S.IGNORED_SILENTLY, source: 'https://github.com/cilium/cilium/issues/28684', note: 'accepted and ignored before 1.16: only `port` is allowed' },
          { level: S.SUPPORTED, source: 'https://github.com/cilium/cilium/pull/33463', note: 'port ranges since 1.16 (cilium/cilium#32807)' },
        ],
        withoutVersion: { level: S.PARTIAL, source: 'https://github.com/cilium/cilium/issues/28684', note: 'ignored before 1.16, supported since 1.16: give the version' },
      },
      [CniFeature.SCTP]: { level: S.PARTIAL, source: 'https://docs.cilium.io/en/stable/configuration/sctp/', note: 'beta: needs `sctp.enabled=true`; no policy for pod-to-VIP traffic' },
      [CniFeature.NAMED_PORTS]: { level: S.SUPPORTED, source: 'https://github.com/cilium/cilium/pull/11092' },
      [CniFeature.IPBLOCK_MATCHES_POD_IPS]: { level: S.UNSUPPORTED, source: 'https://github.com/cilium/cilium/issues/9209', note: 'an ipBlock never matches pods: select them with podSelector/namespaceSelector' },
      [CniFeature.CILIUM_NETWORK_POLICY]: { level: S.SUPPORTED, source: CILIUM_CRD },
    },
  },
  {
    id: 'antrea',
    displayName: 'Antrea',
    aliases: [],
    maintenance: { status: MaintenanceStatus.ACTIVE, source: 'https://github.com/antrea-io/antrea' },
    facts: {
      [CniFeature.INGRESS]: { level: S.SUPPORTED, source: 'https://github.com/antrea-io/antrea/issues/52' },
      [CniFeature.EGRESS]: { level: S.SUPPORTED, source: 'https://github.com/antrea-io/antrea/issues/52' },
      [CniFeature.IPBLOCK_EXCEPT]: { level: S.SUPPORTED, source: 'https://github.com/antrea-io/antrea/issues/6677', note: 'for K8s NetworkPolicy; Antrea-native policies only since v2.2' },
      [CniFeature.END_PORT]: { level: S.SUPPORTED, source: 'https://github.com/antrea-io/antrea/pull/2216', note: 'since Antrea v1.1 (antrea#2190)' },
      [CniFeature.SCTP]: { level: S.SUPPORTED, source: 'https://github.com/antrea-io/antrea/issues/2033' },
      [CniFeature.NAMED_PORTS]: { level: S.SUPPORTED, source: 'https://github.com/antrea-io/antrea/issues/241' },
      [CniFeature.IPBLOCK_MATCHES_POD_IPS]: unknown('no public statement found either way'),
      [CniFeature.CILIUM_NETWORK_POLICY]: NO_CILIUM_CRD,
    },
  },
  {
    id: 'kube-router',
    displayName: 'kube-router',
    aliases: ['kuberouter'],
    maintenance: { status: MaintenanceStatus.ACTIVE, source: 'https://github.com/cloudnativelabs/kube-router' },
    facts: {
      [CniFeature.INGRESS]: { level: S.SUPPORTED, source: 'https://github.com/cloudnativelabs/kube-router' },
      [CniFeature.EGRESS]: { level: S.SUPPORTED, source: 'https://github.com/cloudnativelabs/kube-router' },
      [CniFeature.IPBLOCK_EXCEPT]: { level: S.SUPPORTED, source: 'https://github.com/cloudnativelabs/kube-router/issues/543' },
      [CniFeature.END_PORT]: { level: S.SUPPORTED, source: 'https://github.com/cloudnativelabs/kube-router/pull/1080' },
      [CniFeature.SCTP]: { level: S.UNSUPPORTED, source: 'https://github.com/cloudnativelabs/kube-router/issues/1019', note: 'feature request still open' },
      [CniFeature.NAMED_PORTS]: { level: S.SUPPORTED, source: 'https://github.com/cloudnativelabs/kube-router/pull/679' },
      [CniFeature.IPBLOCK_MATCHES_POD_IPS]: unknown('no public statement found either way'),
      [CniFeature.CILIUM_NETWORK_POLICY]: NO_CILIUM_CRD,
    },
  },
  {
    id: 'weave-net',
    displayName: 'Weave Net',
    aliases: ['weave'],
    maintenance: { status: MaintenanceStatus.ARCHIVED, source: 'https://github.com/kubernetes-sigs/kubespray/issues/11328', note: 'see also cncf/landscape#4023; a community fork is rajch/weave' },
    advice: 'migrate to a maintained CNI such as Calico or Cilium',
    facts: {
      [CniFeature.INGRESS]: { level: S.SUPPORTED, source: 'https://github.com/weaveworks/weave/issues/2408' },
      [CniFeature.EGRESS]: { level: S.SUPPORTED, source: 'https://github.com/weaveworks/weave/pull/3313' },
      [CniFeature.IPBLOCK_EXCEPT]: unknown('ipBlock arrived in Weave Net 2.5 (weaveworks/weave#3168); `except` is not documented'),
      [CniFeature.END_PORT]: unknown('no public statement found; Weave Net was archived before endPort was widely implemented'),
      [CniFeature.SCTP]: unknown('no public statement found'),
      [CniFeature.NAMED_PORTS]: { level: S.UNSUPPORTED, source: 'https://github.com/weaveworks/weave/issues/3785', note: 'a named port crashed weave-npc (still open; also weaveworks/weave#3032)' },
      [CniFeature.IPBLOCK_MATCHES_POD_IPS]: unknown('no public statement found either way'),
      [CniFeature.CILIUM_NETWORK_POLICY]: NO_CILIUM_CRD,
    },
  },
  {
    id: 'romana',
    displayName: 'Romana',
    aliases: [],
    maintenance: { status: MaintenanceStatus.DEFUNCT, source: 'https://github.com/kubernetes/website/pull/31289', note: 'removed from the Kubernetes docs as defunct' },
    advice: 'migrate to a maintained CNI such as Calico or Cilium',
    facts: {
      [CniFeature.INGRESS]: { level: S.PARTIAL, source: 'https://github.com/romana/romana/issues/184', note: 'Kubernetes 1.7-style NetworkPolicy only' },
      [CniFeature.EGRESS]: unknown('only the 1.7-style API is implemented (romana/romana#184), which predates egress; not confirmed'),
      [CniFeature.IPBLOCK_EXCEPT]: unknown('no public statement found'),
      [CniFeature.END_PORT]: unknown('no public statement found'),
      [CniFeature.SCTP]: unknown('no public statement found'),
      [CniFeature.NAMED_PORTS]: unknown('no public statement found'),
      [CniFeature.IPBLOCK_MATCHES_POD_IPS]: unknown('no public statement found'),
      [CniFeature.CILIUM_NETWORK_POLICY]: NO_CILIUM_CRD,
    },
  },
  {
    id: 'flannel',
    displayName: 'Flannel',
    aliases: [],
    maintenance: { status: MaintenanceStatus.ACTIVE, source: 'https://github.com/flannel-io/flannel' },
    advice: 'install a CNI that enforces NetworkPolicy, e.g. Calico or Cilium, or Canal to keep Flannel networking',
    facts: {
      [CniFeature.INGRESS]: NONE,
      [CniFeature.EGRESS]: NONE,
      [CniFeature.IPBLOCK_EXCEPT]: NONE,
      [CniFeature.END_PORT]: NONE,
      [CniFeature.SCTP]: NONE,
      [CniFeature.NAMED_PORTS]: NONE,
      [CniFeature.IPBLOCK_MATCHES_POD_IPS]: NONE,
      [CniFeature.CILIUM_NETWORK_POLICY]: NO_CILIUM_CRD,
    },
  },
  {
    id: 'canal',
    displayName: 'Canal (Calico policy on Flannel)',
    aliases: [],
    maintenance: { status: MaintenanceStatus.ACTIVE, source: 'https://github.com/projectcalico/calico', note: 'Canal ships with Calico' },
    facts: CALICO_FACTS,
  },
  {
    id: 'aws-vpc-cni',
    displayName: 'AWS VPC CNI (network policy agent)',
    aliases: ['aws', 'aws-network-policy-agent', 'eks'],
    maintenance: { status: MaintenanceStatus.ACTIVE, source: 'https://github.com/aws/aws-network-policy-agent' },
    facts: {
      [CniFeature.INGRESS]: { level: S.SUPPORTED, source: 'https://github.com/aws/aws-network-policy-agent', note: 'agent v1.14+; not for hostNetwork or Fargate pods' },
      [CniFeature.EGRESS]: { level: S.SUPPORTED, source: 'https://github.com/aws/aws-network-policy-agent', note: 'agent v1.14+; not for hostNetwork or Fargate pods' },
      [CniFeature.IPBLOCK_EXCEPT]: { level: S.SUPPORTED, source: 'https://github.com/aws/amazon-network-policy-controller-k8s/pull/218' },
      [CniFeature.END_PORT]: { level: S.SUPPORTED, source: 'https://github.com/aws/aws-network-policy-agent' },
      [CniFeature.SCTP]: { level: S.SUPPORTED, source: 'https://github.com/aws/aws-network-policy-agent', note: 'the eBPF programs handle IPPROTO_SCTP' },
      [CniFeature.NAMED_PORTS]: { level: S.SUPPORTED, source: 'https://github.com/aws/amazon-network-policy-controller-k8s', note: 'resolved in resolvers/endpoints.go; the Service port must equal the container port (docs/network-policy-faq.md)' },
      [CniFeature.IPBLOCK_MATCHES_POD_IPS]: unknown('no public statement found either way'),
      [CniFeature.CILIUM_NETWORK_POLICY]: NO_CILIUM_CRD,
    },
  },
  {
    id: 'azure-npm',
    displayName: 'Azure NPM',
    aliases: ['azure'],
    maintenance: {
      status: MaintenanceStatus.DEPRECATED,
      source: 'https://learn.microsoft.com/azure/aks/use-network-policies',
      note: 'end of support announced; copies of the page disagree on the Linux date (30 Sep 2026 or 30 Sep 2028)',
    },
    advice: 'migrate to Cilium network policy (Azure CNI powered by Cilium)',
    facts: {
      [CniFeature.INGRESS]: { level: S.SUPPORTED, source: 'https://learn.microsoft.com/azure/aks/use-network-policies' },
      [CniFeature.EGRESS]: { level: S.SUPPORTED, source: 'https://learn.microsoft.com/azure/aks/use-network-policies' },
      [CniFeature.IPBLOCK_EXCEPT]: unknown('no public statement found'),
      [CniFeature.END_PORT]: { level: S.IGNORED_SILENTLY, source: 'https://github.com/Azure/AKS/issues/2857', note: 'only `port` is allowed; PRs Azure/azure-container-networking#930 and #1125 were closed unmerged' },
      [CniFeature.SCTP]: unknown('not found for Linux; Windows HNS has no SCTP (Azure/azure-container-networking#1442)'),
      [CniFeature.NAMED_PORTS]: unknown('no public statement found'),
      [CniFeature.IPBLOCK_MATCHES_POD_IPS]: unknown('no public statement found either way'),
      [CniFeature.CILIUM_NETWORK_POLICY]: NO_CILIUM_CRD,
    },
  },
  {
    id: 'gke-dataplane-v2',
    displayName: 'GKE Dataplane V2',
    aliases: ['gke', 'dataplane-v2'],
    maintenance: { status: MaintenanceStatus.ACTIVE, source: 'https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2' },
    facts: {
      [CniFeature.INGRESS]: { level: S.SUPPORTED, source: 'https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2', note: 'always on' },
      [CniFeature.EGRESS]: { level: S.SUPPORTED, source: 'https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2', note: 'always on' },
      [CniFeature.IPBLOCK_EXCEPT]: unknown('built on Cilium, which supports it; GKE does not document it'),
      [CniFeature.END_PORT]: unknown('depends on the Cilium version GKE ships, which GKE does not publish'),
      [CniFeature.SCTP]: unknown('SCTP workloads need GKE 1.32.2-gke.1297000+ on Ubuntu nodes; policy enforcement for SCTP is not documented'),
      [CniFeature.NAMED_PORTS]: unknown('built on Cilium, which supports them; GKE does not document it'),
      [CniFeature.IPBLOCK_MATCHES_POD_IPS]: unknown('built on Cilium, where an ipBlock never matches pods; GKE does not document it'),
      [CniFeature.CILIUM_NETWORK_POLICY]: unknown('GKE runs Cilium internally but documents FQDNNetworkPolicy, not CiliumNetworkPolicy'),
    },
  },
];
