{{- define "pitlane-service.probes" -}}
{{- $p := .settings.probes -}}
{{- $port := ternary "management" "http" (gt (int .managementPort) 0) -}}
startupProbe:
  httpGet:
    path: /actuator/health/liveness
    port: {{ $port }}
  periodSeconds: {{ $p.startup.periodSeconds }}
  timeoutSeconds: {{ $p.startup.timeoutSeconds }}
  failureThreshold: {{ $p.startup.failureThreshold }}
livenessProbe:
  httpGet:
    path: /actuator/health/liveness
    port: {{ $port }}
  periodSeconds: {{ $p.liveness.periodSeconds }}
  timeoutSeconds: {{ $p.liveness.timeoutSeconds }}
  failureThreshold: {{ $p.liveness.failureThreshold }}
readinessProbe:
  httpGet:
    path: /actuator/health/readiness
    port: {{ $port }}
  periodSeconds: {{ $p.readiness.periodSeconds }}
  timeoutSeconds: {{ $p.readiness.timeoutSeconds }}
  failureThreshold: {{ $p.readiness.failureThreshold }}
{{- end -}}

{{/* the migration container: same image, PITLANE_MIGRATE_ONLY=true, runs Flyway with the owner role and exits 0 */}}
{{- define "pitlane-service.migration-container" -}}
- name: migrate
  image: {{ .image }}
  imagePullPolicy: {{ .imagePullPolicy }}
  envFrom:
    - configMapRef:
        name: {{ .name }}-config
  env:
    - name: PITLANE_MIGRATE_ONLY
      value: "true"
    - name: SPRING_FLYWAY_ENABLED
      value: "true"
    {{- include "pitlane-service.secretEnv" .secretEnv | nindent 4 }}
    {{- include "pitlane-service.secretEnv" .migration.secretEnv | nindent 4 }}
    {{- with .migration.env }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  resources:
    {{- toYaml (.migration.resources | default .settings.resources) | nindent 4 }}
  securityContext:
    {{- toYaml .settings.securityContext | nindent 4 }}
  volumeMounts:
    - name: tmp
      mountPath: /tmp
{{- end -}}

{{- define "pitlane-service.deployment" -}}
{{- $s := .settings -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  {{- include "pitlane-service.metadata" . | nindent 2 }}
spec:
  {{- if not $s.autoscaling.enabled }}
  replicas: {{ $s.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      # a new pod must be ready before an old one goes: no request is dropped
      maxSurge: {{ $s.rollingUpdate.maxSurge }}
      maxUnavailable: {{ $s.rollingUpdate.maxUnavailable }}
  selector:
    matchLabels:
      {{- toYaml .selectorLabels | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "pitlane-service.podLabels" . | nindent 8 }}
      annotations:
        checksum/config: {{ toYaml .config | sha256sum }}
        {{- with $s.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ .name }}
      automountServiceAccountToken: false
      enableServiceLinks: false
      {{- with .imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      # preStop sleep + Spring's graceful shutdown phase + margin
      terminationGracePeriodSeconds: {{ $s.terminationGracePeriodSeconds }}
      securityContext:
        {{- toYaml $s.podSecurityContext | nindent 8 }}
      {{- if and .migration.enabled (eq .migration.mode "initContainer") }}
      initContainers:
        {{- include "pitlane-service.migration-container" . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .name }}
          image: {{ .image }}
          imagePullPolicy: {{ .imagePullPolicy }}
          ports:
            - name: http
              containerPort: {{ .port }}
              protocol: TCP
            {{- if .managementPort }}
            - name: management
              containerPort: {{ .managementPort }}
              protocol: TCP
            {{- end }}
            {{- if $s.debug.enabled }}
            - name: jdwp
              containerPort: {{ $s.debug.port }}
              protocol: TCP
            {{- end }}
          envFrom:
            - configMapRef:
                name: {{ .name }}-config
          {{- if or .secretEnv .env }}
          env:
            {{- include "pitlane-service.secretEnv" .secretEnv | nindent 12 }}
            {{- with .env }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          {{- end }}
          {{- include "pitlane-service.probes" . | nindent 10 }}
          lifecycle:
            preStop:
              # keep serving while endpoints and load balancers forget this pod
              sleep:
                seconds: {{ $s.preStopSleepSeconds }}
          resources:
            {{- toYaml $s.resources | nindent 12 }}
          securityContext:
            {{- toYaml $s.securityContext | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- with .volumeMounts }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ $s.tmpSizeLimit }}
        {{- with .volumes }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with $s.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $s.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $s.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- if $s.topologySpread.enabled }}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- toYaml .selectorLabels | nindent 14 }}
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- toYaml .selectorLabels | nindent 14 }}
      {{- end }}
{{- end -}}
