{{- /*
The provisioning of every service's database and roles (files/postgresql/provision.sh) against a server the
chart runs: the trial StatefulSet or the CloudNativePG Cluster. dict root, host, secret (superuser), secretKey.
*/ -}}
{{- define "pitlane.postgresql.provisioning" -}}
{{- $root := .root -}}
{{- $name := include "pitlane.postgresql.fullname" $root -}}
{{- $pg := $root.Values.postgresql -}}
{{- $labels := include "pitlane.labels" (dict "root" $root "name" "postgresql" "component" "database") | fromYaml -}}
{{- $dbs := include "pitlane.databases" $root | fromYamlArray -}}
{{- $securityContext := dict "runAsNonRoot" true "allowPrivilegeEscalation" false "readOnlyRootFilesystem" true "privileged" false "capabilities" (dict "drop" (list "ALL")) "seccompProfile" (dict "type" "RuntimeDefault") -}}
{{- $podSecurityContext := dict "runAsNonRoot" true "runAsUser" 999 "runAsGroup" 999 "fsGroup" 999 "seccompProfile" (dict "type" "RuntimeDefault") -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ $name }}-provision
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- toYaml $labels | nindent 4 }}
data:
  provision.sh: |
    {{- $root.Files.Get "files/postgresql/provision.sh" | nindent 4 }}
---
{{- /* re-created (new name) whenever the set of databases or their Secrets change */}}
{{- $hash := printf "%s" (toJson $dbs) | sha256sum | trunc 8 }}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ $name }}-provision-{{ $hash }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- toYaml (merge (dict "app.kubernetes.io/component" "database-provisioning") $labels) | nindent 4 }}
spec:
  backoffLimit: 10
  activeDeadlineSeconds: 900
  template:
    metadata:
      labels:
        {{- toYaml (merge (dict "app.kubernetes.io/component" "database-provisioning" "pitlane.dev/postgresql-client" "true") $labels) | nindent 8 }}
    spec:
      restartPolicy: OnFailure
      automountServiceAccountToken: false
      enableServiceLinks: false
      securityContext:
        {{- toYaml $podSecurityContext | nindent 8 }}
      containers:
        - name: provision
          image: {{ $pg.image }}
          imagePullPolicy: IfNotPresent
          command: [/bin/bash, /scripts/provision.sh]
          env:
            - name: PGHOST
              value: {{ .host }}
            - name: PGUSER
              value: postgres
            - name: PGPASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .secret }}
                  key: {{ .secretKey }}
            - name: PITLANE_DATABASES
              value: {{ include "pitlane.databaseNames" $root | quote }}
            {{- range $dbs }}
            {{- $key := .database | upper | regexReplaceAll "[^A-Z0-9]" "_" }}
            {{- $sec := .secret }}
            {{- range $k := list "owner-username" "owner-password" "app-username" "app-password" }}
            - name: {{ $key }}_{{ $k | upper | replace "-" "_" }}
              valueFrom:
                secretKeyRef:
                  name: {{ $sec }}
                  key: {{ $k }}
            {{- end }}
            {{- end }}
          resources:
            requests: {cpu: 50m, memory: 64Mi}
            limits: {cpu: 500m, memory: 128Mi}
          securityContext:
            {{- toYaml $securityContext | nindent 12 }}
          volumeMounts:
            - name: scripts
              mountPath: /scripts
              readOnly: true
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: scripts
          configMap:
            name: {{ $name }}-provision
        - name: tmp
          emptyDir: {}
{{- if $root.Values.networkPolicy.enabled }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ $name }}-provision
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- toYaml (merge (dict "app.kubernetes.io/component" "database-provisioning") $labels) | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/component: database-provisioning
      app.kubernetes.io/instance: {{ $root.Release.Name }}
  policyTypes:
    - Ingress
    - Egress
  ingress: []
  egress:
    - to:
        {{- toYaml $root.Values.networkPolicy.dnsPeers | nindent 8 }}
      ports:
        - {port: 53, protocol: UDP}
        - {port: 53, protocol: TCP}
    - to:
        - podSelector:
            matchLabels:
              {{- if $root.Values.cloudnativepg.enabled }}
              cnpg.io/cluster: {{ $name }}
              {{- else }}
              {{- include "pitlane.selectorLabels" (dict "root" $root "name" "postgresql" "component" "database") | nindent 14 }}
              {{- end }}
      ports:
        - {port: 5432, protocol: TCP}
{{- end }}
{{- end -}}
