{{- define "zgw.servicemonitor" }}
{{- /*
One ServiceMonitor (Prometheus Operator) per service: Micrometer's Prometheus registry on
/q/metrics, on the Service's http port. Prometheus gives the series job=<Service name>
(<release>-<service>), namespace, service, pod and container; the PrometheusRule's default selector
relies on that.
*/}}
{{- $sm := .Values.monitoring.serviceMonitor }}
{{- if $sm.enabled }}
{{- range $name, $svc := .Values.services }}
{{- if $svc.enabled }}
{{- $ctx := dict "root" $ "name" $name "svc" $svc }}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "zgw.fullname" $ctx }}
  labels:
    {{- include "zgw.labels" $ctx | nindent 4 }}
    {{- with $sm.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  namespaceSelector:
    matchNames:
      - {{ $.Release.Namespace }}
  selector:
    matchLabels:
      {{- include "zgw.selectorLabels" $ctx | nindent 6 }}
  endpoints:
    - port: http
      path: /q/metrics
      scheme: http
      interval: {{ $sm.interval }}
      {{- with $sm.scrapeTimeout }}
      scrapeTimeout: {{ . }}
      {{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
