{{- define "zgw.ingress" }}
{{- if .Values.ingress.enabled }}
{{- $v := .Values }}
---
# One Ingress for all six APIs on global.host (or on each tenant's host), one base path each.
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ printf "%s-zgw" .Release.Name | trunc 63 | trimSuffix "-" }}
  labels:
    {{- include "zgw.commonLabels" . | nindent 4 }}
  {{- with $v.ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with $v.ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- $hosts := list $v.global.host }}
  {{- if $v.tenants }}
  {{- $hosts = list }}
  {{- range $v.tenants }}{{ $hosts = append $hosts .host }}{{ end }}
  {{- end }}
  tls:
    - hosts:
        {{- range $hosts }}
        - {{ . | quote }}
        {{- end }}
      secretName: {{ required "ingress.tls.secretName is required" $v.ingress.tls.secretName }}
  rules:
    {{- range $host := $hosts }}
    - host: {{ $host | quote }}
      http:
        paths:
          {{- range $name, $svc := $v.services }}
          {{- if $svc.enabled }}
          {{- $paths := $svc.paths }}
          {{- if and (eq $name "autorisaties") (not $v.auth.verifyInternally) }}
          {{- $paths = append $paths "/autorisaties/intern/v1" }}
          {{- end }}
          {{- range $paths }}
          - path: {{ . }}
            pathType: Prefix
            backend:
              service:
                name: {{ include "zgw.fullname" (dict "root" $ "name" $name) }}
                port:
                  name: http
          {{- end }}
          {{- end }}
          {{- end }}
    {{- end }}
{{- end }}
{{- end }}
