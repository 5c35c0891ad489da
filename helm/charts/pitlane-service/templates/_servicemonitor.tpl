{{- define "pitlane-service.servicemonitor" -}}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ .name }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- toYaml (merge (dict) (.serviceMonitor.labels | default dict) .labels) | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- toYaml .selectorLabels | nindent 6 }}
  endpoints:
    - port: {{ ternary "management" "http" (gt (int .managementPort) 0) }}
      path: /actuator/prometheus
      interval: {{ .serviceMonitor.interval | default "30s" }}
      scrapeTimeout: {{ .serviceMonitor.scrapeTimeout | default "10s" }}
{{- end -}}
