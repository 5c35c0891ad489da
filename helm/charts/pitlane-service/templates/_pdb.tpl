{{- define "pitlane-service.pdb" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  {{- include "pitlane-service.metadata" . | nindent 2 }}
spec:
  # maxUnavailable (not minAvailable) so that a one-replica service never blocks a node drain
  maxUnavailable: {{ .settings.podDisruptionBudget.maxUnavailable | default 1 }}
  selector:
    matchLabels:
      {{- toYaml .selectorLabels | nindent 6 }}
{{- end -}}
