{{- define "zgw.serviceaccount" }}
{{- range $name, $svc := .Values.services }}
{{- if $svc.enabled }}
{{- $ctx := dict "root" $ "name" $name "svc" $svc }}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "zgw.fullname" $ctx }}
  labels:
    {{- include "zgw.labels" $ctx | nindent 4 }}
  {{- with ($svc.serviceAccount | default $.Values.serviceAccount).annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
# The services talk to no Kubernetes API.
automountServiceAccountToken: false
{{- end }}
{{- end }}
{{- end }}
