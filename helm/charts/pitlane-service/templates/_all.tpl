{{/* Every object of one service, as a multi-document YAML stream. */}}
{{- define "pitlane-service.all" -}}
{{ include "pitlane-service.serviceaccount" . }}
---
{{ include "pitlane-service.configmap" . }}
---
{{ include "pitlane-service.deployment" . }}
---
{{ include "pitlane-service.service" . }}
{{- if .settings.autoscaling.enabled }}
---
{{ include "pitlane-service.hpa" . }}
{{- end }}
{{- if .settings.podDisruptionBudget.enabled }}
---
{{ include "pitlane-service.pdb" . }}
{{- end }}
{{- if .networkPolicy.enabled }}
---
{{ include "pitlane-service.networkpolicy" . }}
{{- end }}
{{- if .serviceMonitor.enabled }}
---
{{ include "pitlane-service.servicemonitor" . }}
{{- end }}
{{- if and .migration.enabled (eq .migration.mode "hook") }}
---
{{ include "pitlane-service.migration-job" . }}
{{- end }}
{{- end -}}
