// The Kubernetes manifests (deploy/kubernetes), checked offline by scripts/check-kubernetes.mjs: both
// overlays render with kubectl, every object validates against the Kubernetes schemas, and every
// workload keeps Caregraph's rules. A broken overlay is caught, naming the rule.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

const root = path.resolve(__dirname, '..');
const check = (...overlays: string[]) => spawnSync(process.execPath, ['scripts/check-kubernetes.mjs', ...overlays], { cwd: root, encoding: 'utf8' });

describe('Kubernetes manifests', () => {
  it('render both overlays, valid against the Kubernetes schemas and keeping every rule', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/overlays\/local: \d+ objects valid; \d+ PostgreSQL connections at most/);
    expect(result.stdout).toMatch(/overlays\/production: \d+ objects valid; \d+ PostgreSQL connections at most/);
    expect(result.status).toBe(0);
  });

  it('has a workload for every service, a migrations Job, and no Secret object of its own', () => {
    const rendered = execFileSync('kubectl', ['kustomize', path.join(root, 'deploy/kubernetes/overlays/production')], { encoding: 'utf8' });
    const objects = parseAllDocuments(rendered).map((doc) => doc.toJSON() as { kind: string; metadata: { name: string } });
    const named = (kind: string) => objects.filter((o) => o.kind === kind).map((o) => o.metadata.name).sort();
    expect(named('Deployment')).toEqual(['accounts', 'bookings', 'care-plans', 'gateway', 'notifications', 'redis', 'therapist-app', 'therapists', 'web-app', 'worker']);
    expect(named('HorizontalPodAutoscaler')).toEqual(['accounts', 'bookings', 'care-plans', 'gateway', 'notifications', 'therapists']);
    expect(named('Job')).toEqual(['migrate']);
    // Keys and passwords are made by the operator (docs/deploying.md), never committed.
    expect(named('Secret')).toEqual([]);
  });

  it('names the rule an overlay breaks', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caregraph-overlay-'));
    try {
      writeFileSync(
        path.join(dir, 'kustomization.yaml'),
        `resources:\n  - ${path.relative(dir, path.join(root, 'deploy/kubernetes/base'))}\npatches:\n` +
          `  - target: { kind: Deployment, name: bookings }\n    patch: |-\n` +
          `      - { op: remove, path: /spec/template/spec/securityContext/runAsNonRoot }\n` +
          `      - { op: replace, path: /spec/template/spec/containers/0/readinessProbe/httpGet/path, value: /health }\n` +
          `      - { op: add, path: /spec/template/spec/containers/0/env/-, value: { name: BOOKINGS_DATABASE_URL, value: "postgres://bookings_runtime:hunter2@db/bookings" } }\n` +
          `  - target: { kind: ConfigMap, name: caregraph-config }\n    patch: |-\n` +
          `      - { op: add, path: /data/SMTP_PASSWORD, value: hunter2 }\n` +
          `  - target: { kind: HorizontalPodAutoscaler, name: gateway }\n    patch: |-\n` +
          `      - { op: replace, path: /spec/maxReplicas, value: 40 }\n`,
      );
      const result = check(dir);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('[non-root] Deployment/bookings');
      expect(result.stdout).toContain('[probes] Deployment/bookings: readinessProbe must GET /ready on the ops port');
      expect(result.stdout).toContain('[secrets-from-secrets] Deployment/bookings: BOOKINGS_DATABASE_URL holds what looks like a secret inline');
      expect(result.stdout).toContain('[secrets-from-secrets] ConfigMap/caregraph-config: SMTP_PASSWORD looks like a secret');
      expect(result.stdout).toContain("[shared-state] Deployment/gateway: REPLICAS 6 must be the autoscaler's maximum, 40");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
