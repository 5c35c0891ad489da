{{/*
The schema migration as a Helm hook: runs before install/upgrade applies the new Deployment, so the
new version never serves on an old schema, and a failed migration fails the release (with
`helm upgrade --atomic` the release is rolled back and the old pods keep serving).
At pre-install nothing of the release exists yet: the Job takes its environment inline (not from the
ConfigMap), runs under the namespace's default ServiceAccount without a token, and reads Secrets that
must exist before the install (the umbrella chart refuses hook mode when it creates them itself).
*/}}
{{- define "pitlane-service.migration-job" -}}
{{- $s := .settings -}}
{{- $name := printf "%s-migrate" .name -}}
apiVersion: batch/v1
kind: Job
metadata:
  {{- $m := dict "name" $name "root" .root "labels" (merge (dict "app.kubernetes.io/component" "migration") .labels) }}
  {{- include "pitlane-service.metadata" $m | nindent 2 }}
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "0"
    # keep a failed Job for its logs; replace it on the next attempt
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: {{ .migration.backoffLimit | default 2 }}
  activeDeadlineSeconds: {{ .migration.activeDeadlineSeconds | default 600 }}
  template:
    metadata:
      labels:
        {{- toYaml (merge (dict "app.kubernetes.io/component" "migration") (.podLabels | default dict) .labels) | nindent 8 }}
    spec:
      restartPolicy: Never
      automountServiceAccountToken: false
      enableServiceLinks: false
      {{- with .imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml $s.podSecurityContext | nindent 8 }}
      containers:
        - name: migrate
          image: {{ .image }}
          imagePullPolicy: {{ .imagePullPolicy }}
          env:
            {{- range $k, $v := .config }}
            {{- if not (has $k (list "PITLANE_MIGRATE_ONLY" "SPRING_FLYWAY_ENABLED")) }}
            - name: {{ $k }}
              value: {{ toString $v | quote }}
            {{- end }}
            {{- end }}
            - name: PITLANE_MIGRATE_ONLY
              value: "true"
            - name: SPRING_FLYWAY_ENABLED
              value: "true"
            {{- include "pitlane-service.secretEnv" .secretEnv | nindent 12 }}
            {{- include "pitlane-service.secretEnv" .migration.secretEnv | nindent 12 }}
            {{- with .migration.env }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          resources:
            {{- toYaml (.migration.resources | default $s.resources) | nindent 12 }}
          securityContext:
            {{- toYaml $s.securityContext | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ $s.tmpSizeLimit }}
      {{- with $s.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $s.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}
