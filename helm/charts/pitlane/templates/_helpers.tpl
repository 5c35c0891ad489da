{{/* ===================================================================================== */}}
{{/* Names                                                                                 */}}
{{/* ===================================================================================== */}}
{{- define "pitlane.authServiceName" -}}auth-service{{- end -}}
{{- define "pitlane.gatewayName" -}}gateway{{- end -}}
{{- define "pitlane.postgresql.fullname" -}}{{ .Release.Name }}-postgresql{{- end -}}
{{- define "pitlane.redis.fullname" -}}{{ .Release.Name }}-redis{{- end -}}
{{- define "pitlane.kafka.userName" -}}{{ . }}-kafka{{- end -}}
{{- define "pitlane.kafka.clusterName" -}}{{ .Values.kafka.strimzi.clusterName | default (printf "%s-kafka" .Release.Name) }}{{- end -}}

{{/* deep merge of .src into the dict .dst (in place); unlike sprig's merge, false/0/"" override */}}
{{- define "pitlane.mergeInto" -}}
{{- $dst := .dst -}}
{{- range $k, $v := .src -}}
{{- if and (kindIs "map" $v) (hasKey $dst $k) (kindIs "map" (get $dst $k)) -}}
{{- $child := deepCopy (get $dst $k) -}}
{{- $_ := set $dst $k $child -}}
{{- include "pitlane.mergeInto" (dict "dst" $child "src" $v) -}}
{{- else -}}
{{- $_ := set $dst $k $v -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* the merged settings of one service, as YAML: serviceDefaults overridden by services.<name> */}}
{{- define "pitlane.settings" -}}
{{- $s := deepCopy .root.Values.serviceDefaults -}}
{{- include "pitlane.mergeInto" (dict "dst" $s "src" (deepCopy .svc)) -}}
{{- toYaml $s -}}
{{- end -}}

{{/* ===================================================================================== */}}
{{/* Labels                                                                                */}}
{{/* ===================================================================================== */}}
{{/* dict root, name, component, version(optional) */}}
{{- define "pitlane.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
app.kubernetes.io/part-of: pitlane
{{- with .version }}
app.kubernetes.io/version: {{ . | quote }}
{{- end }}
{{- if .root.Values.global.plainManifests }}
app.kubernetes.io/managed-by: kustomize
{{- else }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end }}
{{- end -}}

{{/* the `helm test` Pods */}}
{{- define "pitlane.testSelectorLabels" -}}
app.kubernetes.io/component: helm-test
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* NetworkPolicy peers for a list of addresses: dict cidrs, what (the values key, for the error) */}}
{{- define "pitlane.cidrPeers" -}}
{{- if not .cidrs -}}{{- fail (printf "%s: list the servers' addresses (CIDRs); egress is never open to any address" .what) -}}{{- end -}}
{{- $out := list -}}
{{- range .cidrs }}{{ $out = append $out (dict "ipBlock" (dict "cidr" .)) }}{{ end -}}
{{- toYaml $out -}}
{{- end -}}

{{- define "pitlane.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* ===================================================================================== */}}
{{/* Connection settings                                                                   */}}
{{/* ===================================================================================== */}}
{{- define "pitlane.imageTag" -}}
{{- $tag := .Values.global.image.tag | default .Chart.AppVersion | toString -}}
{{- if eq $tag "latest" -}}{{- fail "global.image.tag: pin a version or a digest, never \"latest\"" -}}{{- end -}}
{{- $tag -}}
{{- end -}}

{{/* dict root, name, image (per-service image settings) */}}
{{- define "pitlane.image" -}}
{{- $g := .root.Values.global.image -}}
{{- $i := .image | default dict -}}
{{- $repo := $i.repository | default (printf "%s%s/%s" ($g.registry | default "") $g.repositoryPrefix .name) -}}
{{- $tag := $i.tag | default (include "pitlane.imageTag" .root) | toString -}}
{{- if eq $tag "latest" -}}{{- fail (printf "services.%s.image.tag: pin a version or a digest, never \"latest\"" .name) -}}{{- end -}}
{{- if $i.digest -}}
{{- printf "%s@%s" $repo $i.digest -}}
{{- else -}}
{{- printf "%s:%s" $repo $tag -}}
{{- end -}}
{{- end -}}

{{- define "pitlane.db.host" -}}
{{- if .Values.postgresql.enabled -}}{{ include "pitlane.postgresql.fullname" . }}{{- else if .Values.cloudnativepg.enabled -}}{{ include "pitlane.postgresql.fullname" . }}-rw{{- else -}}{{ required "database.host is required (or postgresql.enabled=true)" .Values.database.host }}{{- end -}}
{{- end -}}

{{- define "pitlane.db.params" -}}
{{- if .Values.postgresql.enabled -}}{{ .Values.postgresql.params }}{{- else if .Values.cloudnativepg.enabled -}}{{ .Values.cloudnativepg.params }}{{- else -}}{{ .Values.database.params }}{{- end -}}
{{- end -}}

{{- define "pitlane.kafka.bootstrap" -}}
{{- if .Values.kafka.strimzi.enabled -}}
{{- printf "%s-kafka-bootstrap:%d" (include "pitlane.kafka.clusterName" .) (ternary 9093 9092 (.Values.kafka.strimzi.tls | default false)) -}}
{{- else -}}
{{- required "kafka.bootstrapServers is required (or kafka.strimzi.enabled=true)" .Values.kafka.bootstrapServers -}}
{{- end -}}
{{- end -}}

{{- define "pitlane.redis.host" -}}
{{- if .Values.redis.inCluster.enabled -}}{{ include "pitlane.redis.fullname" . }}{{- else -}}{{ .Values.redis.host }}{{- end -}}
{{- end -}}

{{- define "pitlane.issuerUri" -}}
{{- if eq .Values.identity.provider "keycloak" -}}
{{- required "identity.keycloak.issuerUri is required with identity.provider=keycloak" .Values.identity.keycloak.issuerUri -}}
{{- else if eq .Values.identity.provider "auth-service" -}}
{{- $auth := index .Values.services (include "pitlane.authServiceName" .) | default dict -}}
{{- if not $auth.enabled -}}{{- fail "identity.provider=auth-service needs services.auth-service.enabled=true" -}}{{- end -}}
{{- .Values.identity.authService.issuerUri | default (printf "http://%s:%v" (include "pitlane.authServiceName" .) $auth.port) -}}
{{- else -}}
{{- fail "identity.provider must be auth-service or keycloak" -}}
{{- end -}}
{{- end -}}

{{- define "pitlane.jwkSetUri" -}}
{{- if eq .Values.identity.provider "keycloak" -}}
{{- .Values.identity.keycloak.jwkSetUri | default (printf "%s/protocol/openid-connect/certs" (include "pitlane.issuerUri" . | trimSuffix "/")) -}}
{{- else -}}
{{- /* fetched inside the cluster, whatever the public issuer name */ -}}
{{- $auth := index .Values.services (include "pitlane.authServiceName" .) -}}
{{- printf "http://%s:%v/oauth2/jwks" (include "pitlane.authServiceName" .) $auth.port -}}
{{- end -}}
{{- end -}}

{{/* "true" when a monitoring object is to be rendered: dict root, flag (true|false|auto), api */}}
{{- define "pitlane.monitoringOn" -}}
{{- $f := toString .flag -}}
{{- if or (eq $f "true") (and (eq $f "auto") (.root.Capabilities.APIVersions.Has .api)) -}}true{{- end -}}
{{- end -}}

{{/* the enabled services' database names, space separated */}}
{{- define "pitlane.databaseNames" -}}
{{- $n := list -}}
{{- range (include "pitlane.databases" . | fromYamlArray) }}{{ $n = append $n .database }}{{ end -}}
{{- join " " $n -}}
{{- end -}}

{{/* the name of a service's database Secret */}}
{{- define "pitlane.db.secretName" -}}
{{- .db.existingSecret | default (printf "%s-db" .name) -}}
{{- end -}}

{{/* the enabled services that carry a database, as a YAML list of {name, database, secret} */}}
{{- define "pitlane.databases" -}}
{{- $out := list -}}
{{- range $name, $svc := .Values.services -}}
{{- if and $svc $svc.enabled $svc.database -}}
{{- $out = append $out (dict "service" $name "database" $svc.database.name "secret" (include "pitlane.db.secretName" (dict "db" $svc.database "name" $name))) -}}
{{- end -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/* ===================================================================================== */}}
{{/* The context passed to pitlane-service.all for one service: dict root, name, svc       */}}
{{/* ===================================================================================== */}}
{{- define "pitlane.fillContext" -}}
{{- $root := .root -}}
{{- $v := $root.Values -}}
{{- $name := .name -}}
{{- $s := deepCopy $v.serviceDefaults -}}
{{- include "pitlane.mergeInto" (dict "dst" $s "src" (deepCopy .svc)) -}}
{{- $isGateway := eq $s.role "gateway" -}}
{{- $authName := include "pitlane.authServiceName" $root -}}
{{- $isAuth := eq $name $authName -}}
{{- $port := int $s.port -}}
{{- if not $port -}}{{- fail (printf "services.%s.port is required" $name) -}}{{- end -}}
{{- $managementPort := int ($s.managementPort | default 0) -}}
{{- /* the port of the actuator: probes, metrics, the readiness `helm test` checks */ -}}
{{- $actuatorPort := $managementPort | default $port -}}
{{- /* the release's version, never the image reference (a digest or `tag@sha256:...` is no label value) */ -}}
{{- $labels := include "pitlane.labels" (dict "root" $root "name" $name "component" "server" "version" $root.Chart.AppVersion) | fromYaml -}}
{{- $selector := include "pitlane.selectorLabels" (dict "root" $root "name" $name "component" "server") | fromYaml -}}
{{- $policyLabels := dict "app.kubernetes.io/name" $name "app.kubernetes.io/instance" $root.Release.Name -}}
{{- $podLabels := dict -}}

{{- /* non-secret environment */ -}}
{{- $config := dict
      "SERVER_PORT" (toString $port)
      "SERVER_SHUTDOWN" "graceful"
      "SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE" $s.shutdownPhaseTimeout
      "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED" "true"
      "MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILESHISTOGRAM_HTTP_SERVER_REQUESTS" "true"
      "PITLANE_SECURITY_ISSUER_URI" (include "pitlane.issuerUri" $root)
      "PITLANE_SECURITY_JWK_SET_URI" (include "pitlane.jwkSetUri" $root) -}}
{{- $jto := list -}}
{{- with $s.javaToolOptions }}{{ $jto = append $jto . }}{{ end -}}
{{- if $s.debug.enabled }}{{ $jto = append $jto (printf "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:%v" $s.debug.port) }}{{ end -}}
{{- if $jto }}{{ $_ := set $config "JAVA_TOOL_OPTIONS" (join " " $jto) }}{{ end -}}
{{- if $v.demoData.enabled }}{{ $_ := set $config "PITLANE_DEMO_DATA_ENABLED" "true" }}{{ end -}}
{{- if $managementPort }}{{ $_ := set $config "MANAGEMENT_SERVER_PORT" (toString $managementPort) }}{{ end -}}
{{- if not $v.apiDocs.enabled -}}
{{- $_ := set $config "SPRINGDOC_SWAGGER_UI_ENABLED" "false" -}}
{{- $_ := set $config "SPRINGDOC_API_DOCS_ENABLED" "false" -}}
{{- end -}}
{{- if $s.messaging -}}
{{- $_ := set $config "SPRING_KAFKA_BOOTSTRAP_SERVERS" (include "pitlane.kafka.bootstrap" $root) -}}
{{- /* topics a service creates at startup get the same shape as the chart's KafkaTopics */ -}}
{{- $_ := set $config "PITLANE_MESSAGING_PARTITIONS" (toString (int $v.kafka.topics.defaults.partitions)) -}}
{{- $_ := set $config "PITLANE_MESSAGING_REPLICATIONFACTOR" (toString (int $v.kafka.topics.defaults.replicas)) -}}
{{- /* KafkaTopic resources own the topics: the services must not create them with other settings */ -}}
{{- if $v.kafka.topics.create }}{{ $_ := set $config "PITLANE_MESSAGING_CREATETOPICS" "false" }}{{ end -}}
{{- end -}}
{{- $kafkaAuth := and $s.messaging $v.kafka.strimzi.enabled $v.kafka.strimzi.authentication -}}
{{- $kafkaTls := and $s.messaging $v.kafka.strimzi.enabled $v.kafka.strimzi.tls -}}
{{- if eq $v.identity.provider "keycloak" -}}
{{- with $v.identity.keycloak.claims.roles }}{{ $_ := set $config "PITLANE_SECURITY_CLAIMS_ROLES" . }}{{ end -}}
{{- with $v.identity.keycloak.claims.organization }}{{ $_ := set $config "PITLANE_SECURITY_CLAIMS_ORGANIZATION" . }}{{ end -}}
{{- end -}}

{{- $secretEnv := list -}}
{{- $migrationSecretEnv := list -}}
{{- $volumes := list -}}
{{- $volumeMounts := list -}}
{{- $migration := dict "enabled" false "mode" $v.migrations.mode "backoffLimit" $v.migrations.backoffLimit "activeDeadlineSeconds" $v.migrations.activeDeadlineSeconds "resources" $v.migrations.resources -}}

{{- /* database */ -}}
{{- if $s.database -}}
{{- $dbSecret := include "pitlane.db.secretName" (dict "db" $s.database "name" $name) -}}
{{- $url := printf "jdbc:postgresql://%s:%v/%s" (include "pitlane.db.host" $root) (ternary $v.database.port 5432 (not (or $v.postgresql.enabled $v.cloudnativepg.enabled))) (required (printf "services.%s.database.name is required" $name) $s.database.name) -}}
{{- with (include "pitlane.db.params" $root) }}{{ $url = printf "%s?%s" $url . }}{{ end -}}
{{- $_ := set $config "SPRING_DATASOURCE_URL" $url -}}
{{- $secretEnv = append $secretEnv (dict "name" "SPRING_DATASOURCE_USERNAME" "secretName" $dbSecret "key" "app-username") -}}
{{- $secretEnv = append $secretEnv (dict "name" "SPRING_DATASOURCE_PASSWORD" "secretName" $dbSecret "key" "app-password") -}}
{{- $flyway := list (dict "name" "SPRING_FLYWAY_USER" "secretName" $dbSecret "key" "owner-username") (dict "name" "SPRING_FLYWAY_PASSWORD" "secretName" $dbSecret "key" "owner-password") -}}
{{- if $v.migrations.runtimeFlyway -}}
{{- $secretEnv = concat $secretEnv $flyway -}}
{{- else -}}
{{- $_ := set $config "SPRING_FLYWAY_ENABLED" "false" -}}
{{- $migrationSecretEnv = $flyway -}}
{{- $_ := set $migration "enabled" true -}}
{{- end -}}
{{- $_ := set $podLabels "pitlane.dev/postgresql-client" "true" -}}
{{- end -}}

{{- /* Kafka: the service's own SCRAM user (Strimzi writes its JAAS line into the KafkaUser's Secret), and the
       cluster CA for the TLS listener. The platform passes spring.kafka.properties.* to every client. */ -}}
{{- if $kafkaAuth -}}
{{- $_ := set $config "SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL" (ternary "SASL_SSL" "SASL_PLAINTEXT" $kafkaTls) -}}
{{- $_ := set $config "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM" "SCRAM-SHA-512" -}}
{{- $secretEnv = append $secretEnv (dict "name" "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG" "secretName" (include "pitlane.kafka.userName" $name) "key" "sasl.jaas.config") -}}
{{- else if $kafkaTls -}}
{{- $_ := set $config "SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL" "SSL" -}}
{{- end -}}
{{- if $kafkaTls -}}
{{- $_ := set $config "SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_TYPE" "PEM" -}}
{{- $_ := set $config "SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_LOCATION" "/var/run/secrets/pitlane/kafka-ca/ca.crt" -}}
{{- $volumes = append $volumes (dict "name" "kafka-ca" "secret" (dict "secretName" (printf "%s-cluster-ca-cert" (include "pitlane.kafka.clusterName" $root)) "items" (list (dict "key" "ca.crt" "path" "ca.crt")))) -}}
{{- $volumeMounts = append $volumeMounts (dict "name" "kafka-ca" "mountPath" "/var/run/secrets/pitlane/kafka-ca" "readOnly" true) -}}
{{- end -}}

{{- /* auth-service: signing keys, first admin */ -}}
{{- if $isAuth -}}
{{- if eq $v.identity.provider "auth-service" -}}
{{- /* the issuer auth-service writes into its tokens: the one every service checks */ -}}
{{- $_ := set $config "PITLANE_AUTH_ISSUER" (include "pitlane.issuerUri" $root) -}}
{{- end -}}
{{- with $v.auth.trustedProxies }}{{ $_ := set $config "PITLANE_AUTH_TRUSTEDPROXIES" (join "," .) }}{{ end -}}
{{- with $v.auth.resetLinkBase }}{{ $_ := set $config "PITLANE_AUTH_RESET_LINK_BASE" . }}{{ end -}}
{{- if $v.auth.signingKeys.existingSecret -}}
{{- $_ := set $config "PITLANE_AUTH_SIGNING_KEYS_DIR" $v.auth.signingKeys.mountPath -}}
{{- with $v.auth.signingKeys.activeKeyId }}{{ $_ := set $config "PITLANE_AUTH_ACTIVE_KEY_ID" . }}{{ end -}}
{{- $volumes = append $volumes (dict "name" "signing-keys" "secret" (dict "secretName" $v.auth.signingKeys.existingSecret "defaultMode" 288)) -}}
{{- $volumeMounts = append $volumeMounts (dict "name" "signing-keys" "mountPath" $v.auth.signingKeys.mountPath "readOnly" true) -}}
{{- end -}}
{{- with $v.auth.keySecret.existingSecret -}}
{{- $secretEnv = append $secretEnv (dict "name" "PITLANE_AUTH_KEY_SECRET" "secretName" . "key" "key-secret") -}}
{{- end -}}
{{- with $v.auth.bootstrapAdmin.existingSecret -}}
{{- $secretEnv = append $secretEnv (dict "name" "PITLANE_AUTH_BOOTSTRAP_ADMIN_EMAIL" "secretName" . "key" "email") -}}
{{- $secretEnv = append $secretEnv (dict "name" "PITLANE_AUTH_BOOTSTRAP_ADMIN_PASSWORD" "secretName" . "key" "password") -}}
{{- end -}}
{{- end -}}

{{- /* gateway: targets and Redis */ -}}
{{- $redisHost := include "pitlane.redis.host" $root -}}
{{- if $isGateway -}}
{{- range $other, $o := $v.services -}}
{{- if $o -}}
{{- $os := include "pitlane.settings" (dict "root" $root "svc" $o) | fromYaml -}}
{{- if and $os.enabled $os.route (ne $os.role "gateway") -}}
{{- $_ := set $config (printf "PITLANE_GATEWAY_TARGETS_%s" ($other | upper | replace "-" "_")) (printf "http://%s:%v" $other (int $os.port)) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- $_ := set $config "MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILESHISTOGRAM_SPRING_CLOUD_GATEWAY_REQUESTS" "true" -}}
{{- with $v.gateway.trustedProxies }}{{ $_ := set $config "PITLANE_GATEWAY_TRUSTED_PROXIES" . }}{{ end -}}
{{- with $v.gateway.corsAllowedOrigins }}{{ $_ := set $config "PITLANE_GATEWAY_CORS_ALLOWEDORIGINS" (join "," .) }}{{ end -}}
{{- if $redisHost -}}
{{- $_ := set $config "PITLANE_GATEWAY_RATELIMIT_REDIS" "true" -}}
{{- $_ := set $config "SPRING_DATA_REDIS_HOST" $redisHost -}}
{{- $_ := set $config "SPRING_DATA_REDIS_PORT" (toString (int $v.redis.port)) -}}
{{- with $v.redis.existingSecret -}}
{{- $secretEnv = append $secretEnv (dict "name" "SPRING_DATA_REDIS_PASSWORD" "secretName" . "key" "password") -}}
{{- end -}}
{{- else -}}
{{- $_ := set $config "PITLANE_GATEWAY_RATELIMIT_REDIS" "false" -}}
{{- end -}}
{{- end -}}

{{- /* operator's extras last: they win */ -}}
{{- range $k, $val := $s.config }}{{ $_ := set $config $k (toString $val) }}{{ end -}}
{{- $secretEnv = concat $secretEnv ($s.secretEnv | default list) -}}
{{- $volumes = concat $volumes ($s.extraVolumes | default list) -}}
{{- $volumeMounts = concat $volumeMounts ($s.extraVolumeMounts | default list) -}}

{{- /* NetworkPolicy: only the traffic the architecture needs */ -}}
{{- $np := $v.networkPolicy -}}
{{- $httpPort := list (dict "port" $port "protocol" "TCP") -}}
{{- $ingress := list -}}
{{- $egress := list -}}
{{- $instance := $root.Release.Name -}}
{{- if $isGateway -}}
{{- $ingress = append $ingress (dict "from" $np.ingressControllerPeers "ports" $httpPort) -}}
{{- end -}}
{{- $gw := index $v.services (include "pitlane.gatewayName" $root) | default dict -}}
{{- if and $s.route (not $isGateway) $gw.enabled -}}
{{- $ingress = append $ingress (dict "from" (list (dict "podSelector" (dict "matchLabels" (dict "app.kubernetes.io/name" (include "pitlane.gatewayName" $root) "app.kubernetes.io/instance" $instance)))) "ports" $httpPort) -}}
{{- end -}}
{{- if and $isAuth (eq $v.identity.provider "auth-service") -}}
{{- /* every Pitlane pod fetches the JWKS */ -}}
{{- $ingress = append $ingress (dict "from" (list (dict "podSelector" (dict "matchLabels" (dict "app.kubernetes.io/part-of" "pitlane" "app.kubernetes.io/instance" $instance)))) "ports" $httpPort) -}}
{{- end -}}
{{- range ($s.networkPolicy.allowFrom | default list) -}}
{{- $ingress = append $ingress (dict "from" (list (dict "podSelector" (dict "matchLabels" (dict "app.kubernetes.io/name" . "app.kubernetes.io/instance" $instance)))) "ports" $httpPort) -}}
{{- end -}}
{{- $actuator := list (dict "port" $actuatorPort "protocol" "TCP") -}}
{{- if $np.prometheusPeers -}}
{{- $ingress = append $ingress (dict "from" $np.prometheusPeers "ports" $actuator) -}}
{{- end -}}
{{- if $v.tests.enabled -}}
{{- /* `helm test` Pods: readiness of every service, /health and sign-in through the gateway */ -}}
{{- $testPorts := $actuator -}}
{{- if and $isGateway (ne $actuatorPort $port) }}{{ $testPorts = concat $httpPort $actuator }}{{ end -}}
{{- $ingress = append $ingress (dict "from" (list (dict "podSelector" (dict "matchLabels" (include "pitlane.testSelectorLabels" $root | fromYaml)))) "ports" $testPorts) -}}
{{- end -}}
{{- $ingress = concat $ingress ($s.networkPolicy.extraIngress | default list) -}}

{{- $egress = append $egress (dict "to" $np.dnsPeers "ports" (list (dict "port" 53 "protocol" "UDP") (dict "port" 53 "protocol" "TCP"))) -}}
{{- if eq $v.identity.provider "auth-service" -}}
{{- if not $isAuth -}}
{{- $auth := index $v.services $authName -}}
{{- $egress = append $egress (dict "to" (list (dict "podSelector" (dict "matchLabels" (dict "app.kubernetes.io/name" $authName "app.kubernetes.io/instance" $instance)))) "ports" (list (dict "port" (int $auth.port) "protocol" "TCP"))) -}}
{{- end -}}
{{- else -}}
{{- $r := dict "ports" (list (dict "port" (int $v.identity.keycloak.port) "protocol" "TCP")) -}}
{{- with $v.identity.keycloak.networkPolicyPeers }}{{ $_ := set $r "to" . }}{{ end -}}
{{- $egress = append $egress $r -}}
{{- end -}}
{{- if $s.database -}}
{{- if $v.postgresql.enabled -}}
{{- $egress = append $egress (dict "to" (list (dict "podSelector" (dict "matchLabels" (include "pitlane.selectorLabels" (dict "root" $root "name" "postgresql" "component" "database") | fromYaml)))) "ports" (list (dict "port" 5432 "protocol" "TCP"))) -}}
{{- else if $v.cloudnativepg.enabled -}}
{{- $egress = append $egress (dict "to" (list (dict "podSelector" (dict "matchLabels" (dict "cnpg.io/cluster" (include "pitlane.postgresql.fullname" $root))))) "ports" (list (dict "port" 5432 "protocol" "TCP"))) -}}
{{- else -}}
{{- $egress = append $egress (dict "to" (include "pitlane.cidrPeers" (dict "cidrs" $v.database.cidrs "what" "database.cidrs") | fromYamlArray) "ports" (list (dict "port" (int $v.database.port) "protocol" "TCP"))) -}}
{{- end -}}
{{- end -}}
{{- if $s.messaging -}}
{{- if $v.kafka.strimzi.enabled -}}
{{- $egress = append $egress (dict "to" (list (dict "podSelector" (dict "matchLabels" (dict "strimzi.io/cluster" (include "pitlane.kafka.clusterName" $root) "strimzi.io/kind" "Kafka")))) "ports" (list (dict "port" (ternary 9093 9092 $kafkaTls) "protocol" "TCP"))) -}}
{{- else -}}
{{- $ports := list -}}
{{- range $v.kafka.ports }}{{ $ports = append $ports (dict "port" (int .) "protocol" "TCP") }}{{ end -}}
{{- $r := dict "ports" $ports -}}
{{- with $v.kafka.networkPolicyPeers }}{{ $_ := set $r "to" . }}{{ end -}}
{{- $egress = append $egress $r -}}
{{- end -}}
{{- end -}}
{{- if $isGateway -}}
{{- range $other, $o := $v.services -}}
{{- if $o -}}
{{- $os := include "pitlane.settings" (dict "root" $root "svc" $o) | fromYaml -}}
{{- if and $os.enabled $os.route (ne $os.role "gateway") -}}
{{- $egress = append $egress (dict "to" (list (dict "podSelector" (dict "matchLabels" (dict "app.kubernetes.io/name" $other "app.kubernetes.io/instance" $instance)))) "ports" (list (dict "port" (int $os.port) "protocol" "TCP"))) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if $redisHost -}}
{{- if $v.redis.inCluster.enabled -}}
{{- $egress = append $egress (dict "to" (list (dict "podSelector" (dict "matchLabels" (include "pitlane.selectorLabels" (dict "root" $root "name" "redis" "component" "cache") | fromYaml)))) "ports" (list (dict "port" 6379 "protocol" "TCP"))) -}}
{{- else -}}
{{- $egress = append $egress (dict "to" (include "pitlane.cidrPeers" (dict "cidrs" $v.redis.cidrs "what" "redis.cidrs") | fromYamlArray) "ports" (list (dict "port" (int $v.redis.port) "protocol" "TCP"))) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- /* direct calls this service is allowed to make (the callee lists it in allowFrom) */ -}}
{{- range $other, $o := $v.services -}}
{{- if and $o (ne $other $name) -}}
{{- $os := include "pitlane.settings" (dict "root" $root "svc" $o) | fromYaml -}}
{{- if and $os.enabled (has $name ($os.networkPolicy.allowFrom | default list)) -}}
{{- $egress = append $egress (dict "to" (list (dict "podSelector" (dict "matchLabels" (dict "app.kubernetes.io/name" $other "app.kubernetes.io/instance" $instance)))) "ports" (list (dict "port" (int $os.port) "protocol" "TCP"))) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- $egress = concat $egress ($np.extraEgress | default list) ($s.networkPolicy.extraEgress | default list) -}}

{{- $_ := set . "image" (include "pitlane.image" (dict "root" $root "name" $name "image" $s.image)) -}}
{{- $_ := set . "imagePullPolicy" $v.global.image.pullPolicy -}}
{{- $_ := set . "imagePullSecrets" $v.global.imagePullSecrets -}}
{{- $_ := set . "port" $port -}}
{{- $_ := set . "managementPort" $managementPort -}}
{{- $_ := set . "labels" $labels -}}
{{- $_ := set . "selectorLabels" $selector -}}
{{- $_ := set . "policyLabels" $policyLabels -}}
{{- $_ := set . "podLabels" $podLabels -}}
{{- $_ := set . "config" $config -}}
{{- $_ := set . "secretEnv" $secretEnv -}}
{{- $_ := set . "env" list -}}
{{- $_ := set . "volumes" $volumes -}}
{{- $_ := set . "volumeMounts" $volumeMounts -}}
{{- $_ := set . "settings" $s -}}
{{- $_ := set . "networkPolicy" (dict "enabled" $np.enabled "ingress" $ingress "egress" $egress) -}}
{{- $_ := set . "serviceMonitor" (dict "enabled" (include "pitlane.monitoringOn" (dict "root" $root "flag" $v.monitoring.serviceMonitor.enabled "api" "monitoring.coreos.com/v1/ServiceMonitor")) "labels" $v.monitoring.serviceMonitor.labels "interval" $v.monitoring.serviceMonitor.interval "scrapeTimeout" $v.monitoring.serviceMonitor.scrapeTimeout) -}}
{{- $_ := set $migration "secretEnv" $migrationSecretEnv -}}
{{- /* migrate and exit: no consumers joining groups, no relay */ -}}
{{- $_ := set $migration "env" (list (dict "name" "PITLANE_MESSAGING_ENABLED" "value" "false")) -}}
{{- $_ := set . "migration" $migration -}}
{{- end -}}
