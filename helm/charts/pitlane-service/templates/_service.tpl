{{- define "pitlane-service.service" -}}
apiVersion: v1
kind: Service
metadata:
  {{- include "pitlane-service.metadata" . | nindent 2 }}
  {{- with .settings.service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ .settings.service.type | default "ClusterIP" }}
  selector:
    {{- toYaml .selectorLabels | nindent 4 }}
  ports:
    - name: http
      port: {{ .port }}
      targetPort: http
      protocol: TCP
      appProtocol: http
    {{- if .managementPort }}
    # actuator: for Prometheus and `helm test`; the edge routes `http` only
    - name: management
      port: {{ .managementPort }}
      targetPort: management
      protocol: TCP
      appProtocol: http
    {{- end }}
{{- end -}}
