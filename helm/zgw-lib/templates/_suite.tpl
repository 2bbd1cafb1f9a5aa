{{- /*
Everything a chart installs for the services in its `services` values: one set of templates for the
umbrella chart zgw (all six) and the chart of each service (one). Call with the chart's root context.
*/}}
{{- define "zgw.suite" }}
{{- include "zgw.configmap" . }}
{{- include "zgw.secrets" . }}
{{- include "zgw.serviceaccount" . }}
{{- include "zgw.pvc" . }}
{{- include "zgw.deployment" . }}
{{- include "zgw.service" . }}
{{- include "zgw.hpa" . }}
{{- include "zgw.pdb" . }}
{{- include "zgw.networkpolicy" . }}
{{- include "zgw.ingress" . }}
{{- include "zgw.servicemonitor" . }}
{{- include "zgw.prometheusrule" . }}
{{- end }}
