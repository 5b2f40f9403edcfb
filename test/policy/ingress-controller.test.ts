import { IngressController } from '../../src/policy';

describe('IngressController |', () => {
  test('nginx: class, namespace, pod labels and one namespace+pod peer', () => {
    // WHEN
    const c = IngressController.nginx();
    // THEN
    expect(c.className).toBe('nginx');
    expect(c.namespace).toBe('ingress-nginx');
    expect(c.podLabels).toEqual({ 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' });
    expect(c._toPeer()).toEqual({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
    });
  });

  test('traefik', () => {
    const c = IngressController.traefik();
    expect([c.className, c.namespace, c.podLabels]).toEqual(['traefik', 'traefik', { 'app.kubernetes.io/name': 'traefik' }]);
  });

  test('custom without class name and with every pod of the namespace', () => {
    // WHEN
    const c = IngressController.custom({ namespace: 'edge', podLabels: {} });
    // THEN
    expect(c.className).toBeUndefined();
    expect(c._toPeer()).toEqual({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'edge' } }, podSelector: {} });
  });

  test('custom copies the labels it was given', () => {
    const labels: Record<string, string> = { app: 'haproxy' };
    const c = IngressController.custom({ className: 'haproxy', namespace: 'haproxy', podLabels: labels });
    labels.app = 'changed';
    expect(c.podLabels).toEqual({ app: 'haproxy' });
  });

  test('custom rejects bad input with the factory path and field', () => {
    expect(() => IngressController.custom({ namespace: 'Edge', podLabels: {} })).toThrow(/^IngressController.custom: invalid namespace "Edge": a dns-1123 label/);
    expect(() => IngressController.custom({ className: 'Bad Class', namespace: 'edge', podLabels: {} })).toThrow(/^IngressController.custom: invalid className "Bad Class"/);
    expect(() => IngressController.custom({ namespace: 'edge', podLabels: { app: 'a b' } })).toThrow(/^IngressController.custom: invalid podLabels\["app"\] "a b"/);
  });
});
