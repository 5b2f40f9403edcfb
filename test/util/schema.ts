// Schema validation of synthesized objects against the Kubernetes OpenAPI schemas
// (kubernetes-models). Every construct test runs its output through this.
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { Service } from 'kubernetes-models/v1';

interface Validatable { validate(): void }
type ModelClass = new (data: any) => Validatable;

const MODELS: Record<string, ModelClass> = {
  'apps/v1/Deployment': Deployment as unknown as ModelClass,
  'apps/v1/StatefulSet': StatefulSet as unknown as ModelClass,
  'v1/Service': Service as unknown as ModelClass,
  'networking.k8s.io/v1/Ingress': Ingress as unknown as ModelClass,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy as unknown as ModelClass,
};

/** Throws when `obj` does not validate against its kind's schema, or its kind is unknown here. */
export function validateManifest(obj: any): void {
  const key = `${obj?.apiVersion}/${obj?.kind}`;
  const Model = MODELS[key];
  if (!Model) {
    throw new Error(`no schema registered in test/util/schema.ts for ${key}`);
  }
  try {
    new Model(obj).validate();
  } catch (e) {
    throw new Error(`${key} ${obj?.metadata?.name}: ${(e as Error).message}`);
  }
}

/** Validates every object; returns how many were checked (so tests can assert it is not 0). */
export function validateManifests(objs: any[]): number {
  objs.forEach(validateManifest);
  return objs.length;
}
