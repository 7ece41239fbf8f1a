// `npm run k8s:check [-- <overlay dir>…]`: renders the Kubernetes overlays (deploy/kubernetes/overlays/*)
// with `kubectl kustomize` (offline), validates every object against the Kubernetes schemas
// (kubernetes-models), and checks Caregraph's own rules for every workload: probes on the ports the code
// serves them on, requests and limits, non-root with a read-only root filesystem, secrets only from Secret
// objects, an autoscaler and a disruption budget per service, NetworkPolicies in front of the subgraphs,
// Redis wherever replicas share state, and database pools that fit PostgreSQL's max_connections.
// Prints each problem with the rule's name; exits 1 when there is one.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { GATEWAY, OPS_PORT_OFFSET, SUBGRAPHS, WORKER } from './lib/subgraphs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OVERLAYS = path.join(root, 'deploy', 'kubernetes', 'overlays');
/** PostgreSQL's default max_connections, less its superuser reserve: every pool at its largest fits under it. */
export const POSTGRES_CONNECTION_BUDGET = 100 - 3;
/** What the migrations Job holds at once (one database at a time) and a margin for an operator's psql. */
const MIGRATE_AND_OPERATOR_CONNECTIONS = 4;

/** The ports each workload serves its probes on, as the code and the Dockerfiles say. */
const OPS_PORTS = {
  ...Object.fromEntries([GATEWAY, ...SUBGRAPHS].map((s) => [s.name, s.defaultPort + OPS_PORT_OFFSET])),
  [WORKER.name]: WORKER.defaultOpsPort,
};
const PUBLIC_PORTS = { [GATEWAY.name]: GATEWAY.defaultPort, ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.defaultPort])) };
/** Images built from this repository, by the Dockerfile that builds them. */
const IMAGES = {
  gateway: 'gateway/Dockerfile',
  migrate: 'gateway/Dockerfile (target migrate)',
  worker: 'worker/Dockerfile',
  'web-app': 'clients/Dockerfile (APP=web)',
  'therapist-app': 'clients/Dockerfile (APP=therapist)',
  ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `subgraphs/Dockerfile (SUBGRAPH=${s.name})`])),
};
const SECRET_LOOKING = /(password|secret|private|token|-----BEGIN|:\/\/[^/\s]*:[^@\s]*@)/i;

/** Every object of the overlay in `dir`, rendered by kubectl. */
export function render(dir) {
  const text = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return parseAllDocuments(text).map((doc) => doc.toJSON()).filter(Boolean);
}

/** The kubernetes-models class for `object`, or undefined for a kind it does not know. */
async function modelOf(object) {
  // kubernetes-models is laid out by apiVersion: apps/v1, v1, networking.k8s.io/v1, …
  const module = await import(pathToFileURL(path.join(root, 'node_modules', 'kubernetes-models', object.apiVersion, 'index.js')).href).catch(() => undefined);
  return module?.[object.kind];
}

/** Problems with the objects of one rendered overlay, each `[rule] object: what`. */
export async function problemsOf(objects) {
  const problems = [];
  const say = (rule, object, what) => problems.push(`[${rule}] ${object.kind}/${object.metadata?.name}: ${what}`);
  const byKind = (kind) => objects.filter((o) => o.kind === kind);

  for (const object of objects) {
    const Model = await modelOf(object);
    if (!Model) {
      say('schema', object, `no Kubernetes schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      say('schema', object, error.message.split('\n')[0]);
    }
  }

  const deployments = byKind('Deployment');
  const pods = [...deployments, ...byKind('Job')];
  for (const workload of pods) {
    const spec = workload.spec.template.spec;
    if (spec.securityContext?.runAsNonRoot !== true) say('non-root', workload, 'the pod must set runAsNonRoot: true');
    if (spec.automountServiceAccountToken !== false) say('no-api-token', workload, 'automountServiceAccountToken must be false: no Caregraph process talks to the Kubernetes API');
    for (const container of spec.containers) {
      const sc = container.securityContext ?? {};
      if (sc.readOnlyRootFilesystem !== true) say('read-only-root', workload, `${container.name} must set readOnlyRootFilesystem: true`);
      if (sc.allowPrivilegeEscalation !== false) say('no-escalation', workload, `${container.name} must set allowPrivilegeEscalation: false`);
      if (!sc.capabilities?.drop?.includes('ALL')) say('drop-capabilities', workload, `${container.name} must drop ALL capabilities`);
      for (const kind of ['requests', 'limits']) {
        if (!container.resources?.[kind]?.cpu || !container.resources?.[kind]?.memory) say('resources', workload, `${container.name} needs cpu and memory ${kind}`);
      }
      for (const variable of container.env ?? []) {
        if (variable.value !== undefined && SECRET_LOOKING.test(String(variable.value)) && !/_FILE$/.test(variable.name)) {
          say('secrets-from-secrets', workload, `${variable.name} holds what looks like a secret inline: read it from a Secret`);
        }
        // A URL may carry credentials (a database's); an app's public address (…_BASE_URL) never does.
        if (variable.valueFrom?.configMapKeyRef && /URL|KEY|PASSWORD/.test(variable.name) && !/_BASE_URL$/.test(variable.name)) say('secrets-from-secrets', workload, `${variable.name} comes from a ConfigMap`);
      }
      const image = String(container.image).split('/').pop().split(':')[0];
      if (workload.metadata.name !== 'redis' && !IMAGES[image]) say('images', workload, `image ${container.image} is not one this repository builds (${Object.keys(IMAGES).join(', ')})`);
    }
  }

  for (const workload of deployments) {
    const name = workload.metadata.name;
    const container = workload.spec.template.spec.containers[0];
    const ports = Object.fromEntries((container.ports ?? []).map((p) => [p.name, p.containerPort]));
    const grace = workload.spec.template.spec.terminationGracePeriodSeconds ?? 30;
    for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
      if (!container[probe]) say('probes', workload, `${probe} is missing`);
    }
    if (name in OPS_PORTS) {
      if (ports.ops !== OPS_PORTS[name]) say('probes', workload, `the ops port must be ${OPS_PORTS[name]} (the code's default), not ${ports.ops}`);
      if (name in PUBLIC_PORTS && ports.http !== PUBLIC_PORTS[name]) say('ports', workload, `the http port must be ${PUBLIC_PORTS[name]}, not ${ports.http}`);
      for (const [probe, path] of [['livenessProbe', '/live'], ['readinessProbe', '/ready'], ['startupProbe', '/ready']]) {
        const get = container[probe]?.httpGet;
        if (get?.path !== path || get?.port !== 'ops') say('probes', workload, `${probe} must GET ${path} on the ops port`);
      }
      // The drain: subgraphs and the gateway finish requests for up to 10 s, the gateway after its shutdown delay, the worker its jobs.
      if (grace < 15) say('graceful-shutdown', workload, `terminationGracePeriodSeconds ${grace} is shorter than the drain`);
    }
    const isService = name === GATEWAY.name || SUBGRAPHS.some((s) => s.name === name);
    if (isService && !byKind('HorizontalPodAutoscaler').some((h) => h.spec.scaleTargetRef.name === name)) say('autoscaling', workload, 'needs a HorizontalPodAutoscaler');
    if (name !== 'redis' && !byKind('PodDisruptionBudget').some((p) => p.spec.selector.matchLabels?.['app.kubernetes.io/name'] === name)) say('disruption-budget', workload, 'needs a PodDisruptionBudget');
    const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e]));
    if (env.REPLICAS) {
      const hpa = byKind('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === name);
      if (hpa && Number(env.REPLICAS.value) !== hpa.spec.maxReplicas) say('shared-state', workload, `REPLICAS ${env.REPLICAS.value} must be the autoscaler's maximum, ${hpa.spec.maxReplicas}`);
      if (Number(env.REPLICAS.value) > 1 && !env.REDIS_URL?.valueFrom?.secretKeyRef) say('shared-state', workload, 'several replicas need REDIS_URL from a Secret');
    } else if (name === GATEWAY.name || name === 'accounts') {
      say('shared-state', workload, 'must say REPLICAS (accounts and the gateway keep state in Redis when there are several)');
    }
  }

  for (const map of byKind('ConfigMap')) {
    for (const [key, value] of Object.entries(map.data ?? {})) {
      if (SECRET_LOOKING.test(`${key}=${value}`)) say('secrets-from-secrets', map, `${key} looks like a secret: ConfigMaps hold none`);
    }
  }

  // Subgraphs: every one behind a policy that admits the gateway and the worker only, on a default deny.
  const policies = byKind('NetworkPolicy');
  if (!policies.some((p) => Object.keys(p.spec.podSelector ?? {}).length === 0 && !p.spec.ingress)) problems.push('[network-policies] no default-deny ingress policy');
  const subgraphPolicy = policies.find((p) => p.spec.podSelector?.matchLabels?.['app.kubernetes.io/component'] === 'subgraph');
  const admitted = (subgraphPolicy?.spec.ingress ?? []).flatMap((rule) => rule.from ?? []).map((f) => f.podSelector?.matchLabels?.['app.kubernetes.io/name'] ?? JSON.stringify(f));
  if (JSON.stringify([...admitted].sort()) !== JSON.stringify(['gateway', 'worker'])) problems.push(`[network-policies] subgraphs must admit the gateway and the worker only, not ${admitted.join(', ') || 'nothing'}`);
  for (const subgraph of SUBGRAPHS) {
    const workload = deployments.find((d) => d.metadata.name === subgraph.name);
    if (!workload) problems.push(`[workloads] no Deployment for ${subgraph.name}`);
    else if (workload.spec.template.metadata.labels['app.kubernetes.io/component'] !== 'subgraph') say('network-policies', workload, 'must carry app.kubernetes.io/component: subgraph, which the policy selects');
  }
  for (const name of [GATEWAY.name, WORKER.name]) if (!deployments.some((d) => d.metadata.name === name)) problems.push(`[workloads] no Deployment for ${name}`);
  if (!byKind('Job').some((j) => j.metadata.name.startsWith('migrate'))) problems.push('[migrations] no migrations Job');

  // Connections with every autoscaler at its maximum.
  const pool = Number(byKind('ConfigMap').find((m) => m.metadata.name === 'caregraph-config')?.data?.DATABASE_POOL_MAX ?? 10);
  const maxOf = (name) => byKind('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === name)?.spec.maxReplicas ?? deployments.find((d) => d.metadata.name === name)?.spec.replicas ?? 1;
  const worker = deployments.find((d) => d.metadata.name === WORKER.name);
  const workerConcurrency = Number(worker?.spec.template.spec.containers[0].env?.find((e) => e.name === 'WORKER_CONCURRENCY')?.value ?? 4);
  // The worker: its queue pool (concurrency + 3) and 2 for each of the three outboxes it relays (worker/src/start-worker.ts).
  const connections = SUBGRAPHS.reduce((sum, s) => sum + maxOf(s.name) * pool, 0) + (worker?.spec.replicas ?? 1) * (workerConcurrency + 3 + 3 * 2) + MIGRATE_AND_OPERATOR_CONNECTIONS;
  if (connections > POSTGRES_CONNECTION_BUDGET) problems.push(`[connection-budget] ${connections} connections at the autoscalers' maximum, over PostgreSQL's ${POSTGRES_CONNECTION_BUDGET}`);
  return { problems, connections };
}

async function main() {
  const dirs = process.argv.slice(2);
  const overlays = dirs.length ? dirs : readdirSync(OVERLAYS).map((name) => path.join(OVERLAYS, name));
  let failed = false;
  for (const dir of overlays) {
    const name = path.relative(root, dir);
    let objects;
    try {
      objects = render(dir);
    } catch (error) {
      failed = true;
      process.stdout.write(`${name}: [render] kubectl kustomize failed: ${String(error.stderr || error.message).trim()}\n`);
      continue;
    }
    const { problems, connections } = await problemsOf(objects);
    if (problems.length) {
      failed = true;
      process.stdout.write(`${name}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    } else {
      process.stdout.write(`${name}: ${objects.length} objects valid; ${connections} PostgreSQL connections at most\n`);
    }
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
