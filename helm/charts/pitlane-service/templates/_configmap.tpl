{{- define "pitlane-service.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  {{- $m := dict "name" (printf "%s-config" .name) "root" .root "labels" .labels }}
  {{- include "pitlane-service.metadata" $m | nindent 2 }}
data:
  {{- range $k, $v := .config }}
  {{ $k }}: {{ toString $v | quote }}
  {{- end }}
{{- end -}}
