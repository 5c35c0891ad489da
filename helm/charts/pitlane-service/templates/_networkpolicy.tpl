{{- define "pitlane-service.networkpolicy" -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  {{- include "pitlane-service.metadata" . | nindent 2 }}
spec:
  # the serving pods and the migration pods of this service
  podSelector:
    matchLabels:
      {{- toYaml .policyLabels | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  {{- with .networkPolicy.ingress }}
  ingress:
    {{- toYaml . | nindent 4 }}
  {{- else }}
  ingress: []
  {{- end }}
  {{- with .networkPolicy.egress }}
  egress:
    {{- toYaml . | nindent 4 }}
  {{- else }}
  egress: []
  {{- end }}
{{- end -}}
