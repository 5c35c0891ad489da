{{/*
The context every template of this library takes (a dict):

  root            the including chart's top-level context ($)
  name            service name: names the Deployment, Service, ServiceAccount, container
  image           full image reference (repository:tag or repository@sha256:...)
  imagePullPolicy IfNotPresent | Always
  imagePullSecrets list of {name: ...}
  port            the HTTP port: the API (and the actuator when managementPort is 0)
  managementPort  the actuator's port (health probes, /actuator/prometheus), 0 = on port
  labels          labels for every object's metadata (map)
  selectorLabels  labels that select the serving pods (map, subset of labels)
  policyLabels    labels that select the serving AND migration pods, for the NetworkPolicy (map)
  podLabels       extra labels on the pods only (map)
  config          non-secret environment (map string->string): rendered into the ConfigMap, envFrom
  secretEnv       list of {name, secretName, key, optional}: env from Secrets, never copied
  env             list of extra raw EnvVar objects
  volumes         list of extra raw Volume objects
  volumeMounts    list of extra raw VolumeMount objects
  settings        the service's merged settings: replicas, resources, probes, autoscaling,
                  podDisruptionBudget, podSecurityContext, securityContext, scheduling,
                  terminationGracePeriodSeconds, preStopSleepSeconds, debug, podAnnotations,
                  serviceAccount, service
  networkPolicy   {enabled, ingress: [NetworkPolicyIngressRule], egress: [NetworkPolicyEgressRule]}
  serviceMonitor  {enabled, labels, interval, scrapeTimeout}
  migration       {enabled, mode: hook|initContainer, env: [EnvVar], secretEnv: [...], resources,
                   backoffLimit, activeDeadlineSeconds}
*/}}
{{- define "pitlane-service.secretEnv" -}}
{{- range . }}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ .secretName }}
      key: {{ .key }}
      {{- if .optional }}
      optional: true
      {{- end }}
{{- end }}
{{- end -}}

{{- define "pitlane-service.metadata" -}}
name: {{ .name }}
namespace: {{ .root.Release.Namespace }}
labels:
  {{- toYaml .labels | nindent 2 }}
{{- end -}}

{{- define "pitlane-service.podLabels" -}}
{{- $l := merge (dict) (.podLabels | default dict) .labels -}}
{{- toYaml $l -}}
{{- end -}}
