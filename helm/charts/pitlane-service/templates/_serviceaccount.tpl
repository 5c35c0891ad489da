{{- define "pitlane-service.serviceaccount" -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  {{- include "pitlane-service.metadata" . | nindent 2 }}
  {{- with .settings.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
# the services never call the Kubernetes API
automountServiceAccountToken: false
{{- end -}}
