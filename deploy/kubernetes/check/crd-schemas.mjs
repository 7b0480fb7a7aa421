// JSON Schemas of the operator resources Pakt uses, written for Pakt from the operators' API references
// (CloudNativePG 1.25+ API reference, Barman Cloud plugin ObjectStore, Keycloak Operator 26.x Keycloak and
// KeycloakRealmImport v2alpha1). They cover only the fields Pakt sets, and every object is closed
// (additionalProperties: false), so a typo or a field the operator does not have fails make deploy-check.
// No package with these operators' published CRD schemas installs from the registries reached here
// (docs/adr/0012); a field Pakt starts to use is added here after reading the operator's reference.

const obj = (properties, required = []) => ({ type: "object", additionalProperties: false, properties, required });
const str = { type: "string", minLength: 1 };
const int = (minimum = 0) => ({ type: "integer", minimum });
const bool = { type: "boolean" };
const enumOf = (...values) => ({ type: "string", enum: values });
const mapOf = (schema) => ({ type: "object", additionalProperties: schema });
const quantity = { anyOf: [{ type: "string", pattern: "^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$" }, { type: "number" }] };
const resources = obj({ requests: mapOf(quantity), limits: mapOf(quantity) });
const secretKeyRef = obj({ name: str, key: str, optional: bool }, ["name", "key"]);
const localRef = obj({ name: str }, ["name"]);
const labelSelector = obj({
  matchLabels: mapOf({ type: "string" }),
  matchExpressions: { type: "array", items: obj({ key: str, operator: enumOf("In", "NotIn", "Exists", "DoesNotExist"), values: { type: "array", items: { type: "string" } } }, ["key", "operator"]) },
});
const networkPolicyPeer = obj({
  podSelector: labelSelector,
  namespaceSelector: labelSelector,
  ipBlock: obj({ cidr: str, except: { type: "array", items: str } }, ["cidr"]),
});
const dnsName = { type: "string", pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", maxLength: 253 };
const metadata = obj(
  { name: dnsName, namespace: dnsName, labels: mapOf({ type: "string" }), annotations: mapOf({ type: "string" }) },
  ["name"],
);
const resource = (apiVersion, kind, spec, specRequired = true) =>
  obj({ apiVersion: { const: apiVersion }, kind: { const: kind }, metadata, spec }, ["apiVersion", "kind", "metadata", ...(specRequired ? ["spec"] : [])]);

// --- CloudNativePG (postgresql.cnpg.io/v1) ---------------------------------------------------------------
const pluginConfiguration = obj({ name: str, enabled: bool, isWALArchiver: bool, parameters: mapOf({ type: "string" }) }, ["name"]);
const storage = obj({ size: quantity, storageClass: str, resizeInUseVolumes: bool }, ["size"]);
const cluster = resource(
  "postgresql.cnpg.io/v1",
  "Cluster",
  obj(
    {
      description: { type: "string" },
      instances: int(1),
      imageName: str,
      primaryUpdateStrategy: enumOf("supervised", "unsupervised"),
      primaryUpdateMethod: enumOf("switchover", "restart"),
      postgresql: obj({
        synchronous: obj(
          {
            method: enumOf("any", "first"),
            number: int(1),
            dataDurability: enumOf("required", "preferred"),
            maxStandbyNamesFromCluster: int(0),
            standbyNamesPre: { type: "array", items: str },
            standbyNamesPost: { type: "array", items: str },
          },
          ["method", "number"],
        ),
        parameters: mapOf({ type: "string" }),
      }),
      bootstrap: obj({
        initdb: obj({ database: str, owner: str, secret: localRef }),
        recovery: obj({
          source: str,
          database: str,
          owner: str,
          recoveryTarget: obj({
            targetTime: str,
            targetLSN: str,
            targetXID: str,
            targetName: str,
            targetImmediate: bool,
            exclusive: bool,
            backupID: str,
          }),
        }),
      }),
      externalClusters: {
        type: "array",
        items: obj({ name: str, plugin: pluginConfiguration }, ["name"]),
      },
      storage,
      walStorage: storage,
      resources,
      affinity: obj({
        enablePodAntiAffinity: bool,
        topologyKey: str,
        podAntiAffinityType: enumOf("preferred", "required"),
      }),
      managed: obj({ services: obj({ disabledDefaultServices: { type: "array", items: enumOf("ro", "r") } }) }),
      plugins: { type: "array", items: pluginConfiguration },
      monitoring: obj({ enablePodMonitor: bool }),
    },
    ["instances", "storage"],
  ),
);

const scheduledBackup = resource(
  "postgresql.cnpg.io/v1",
  "ScheduledBackup",
  obj(
    {
      // six fields, seconds first (CloudNativePG's cron)
      schedule: { type: "string", pattern: "^\\S+( \\S+){5}$" },
      backupOwnerReference: enumOf("none", "self", "cluster"),
      cluster: localRef,
      method: enumOf("barmanObjectStore", "volumeSnapshot", "plugin"),
      pluginConfiguration: obj({ name: str, parameters: mapOf({ type: "string" }) }, ["name"]),
      target: enumOf("primary", "prefer-standby"),
      immediate: bool,
      suspend: bool,
    },
    ["schedule", "cluster"],
  ),
);

// --- Barman Cloud plugin (barmancloud.cnpg.io/v1) ----------------------------------------------------------
const objectStore = resource(
  "barmancloud.cnpg.io/v1",
  "ObjectStore",
  obj(
    {
      retentionPolicy: { type: "string", pattern: "^[1-9][0-9]*[dwm]$" },
      configuration: obj(
        {
          destinationPath: { type: "string", pattern: "^(s3|gs|https?)://" },
          endpointURL: { type: "string", pattern: "^https?://" },
          serverName: str,
          s3Credentials: obj({ accessKeyId: secretKeyRef, secretAccessKey: secretKeyRef, region: secretKeyRef, sessionToken: secretKeyRef, inheritFromIAMRole: bool }),
          wal: obj({ compression: enumOf("bzip2", "gzip", "lz4", "snappy", "xz", "zstd"), maxParallel: int(1) }),
          data: obj({ compression: enumOf("bzip2", "gzip", "snappy"), jobs: int(1) }),
        },
        ["destinationPath"],
      ),
    },
    ["configuration"],
  ),
);

// --- Keycloak Operator (k8s.keycloak.org/v2alpha1) -----------------------------------------------------------
const keycloak = resource(
  "k8s.keycloak.org/v2alpha1",
  "Keycloak",
  obj({
    instances: int(1),
    image: str,
    startOptimized: bool,
    db: obj(
      {
        vendor: enumOf("postgres", "mariadb", "mysql", "mssql", "oracle", "dev-file"),
        host: str,
        port: int(1),
        database: str,
        schema: str,
        url: str,
        usernameSecret: secretKeyRef,
        passwordSecret: secretKeyRef,
        poolInitialSize: int(0),
        poolMinSize: int(0),
        poolMaxSize: int(1),
      },
      ["vendor"],
    ),
    bootstrapAdmin: obj({ user: obj({ secret: str }, ["secret"]), service: obj({ secret: str }, ["secret"]) }),
    http: obj({ tlsSecret: str, httpEnabled: bool, httpPort: int(1), httpsPort: int(1) }),
    hostname: obj({ hostname: str, admin: str, strict: bool, backchannelDynamic: bool }),
    proxy: obj({ headers: enumOf("forwarded", "xforwarded") }),
    ingress: obj({ enabled: bool, className: str, annotations: mapOf({ type: "string" }), tlsSecret: str }),
    networkPolicy: obj({
      enabled: bool,
      http: { type: "array", items: networkPolicyPeer },
      https: { type: "array", items: networkPolicyPeer },
      management: { type: "array", items: networkPolicyPeer },
    }),
    features: obj({ enabled: { type: "array", items: str }, disabled: { type: "array", items: str } }),
    additionalOptions: {
      type: "array",
      items: obj({ name: str, value: { type: "string" }, secret: secretKeyRef }, ["name"]),
    },
    resources,
  }),
);

const realmImport = resource(
  "k8s.keycloak.org/v2alpha1",
  "KeycloakRealmImport",
  obj(
    {
      keycloakCRName: str,
      // A full RealmRepresentation (Keycloak's own export format; make run and the tests import the same realm).
      realm: { type: "object", required: ["realm"], properties: { realm: str } },
      placeholders: mapOf(obj({ secret: secretKeyRef }, ["secret"])),
      resources,
      labels: mapOf({ type: "string" }),
    },
    ["keycloakCRName", "realm"],
  ),
);

export const crdSchemas = {
  "postgresql.cnpg.io/v1 Cluster": cluster,
  "postgresql.cnpg.io/v1 ScheduledBackup": scheduledBackup,
  "barmancloud.cnpg.io/v1 ObjectStore": objectStore,
  "k8s.keycloak.org/v2alpha1 Keycloak": keycloak,
  "k8s.keycloak.org/v2alpha1 KeycloakRealmImport": realmImport,
};
