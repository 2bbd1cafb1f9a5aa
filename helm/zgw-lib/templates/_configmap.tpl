{{- define "zgw.configmap" }}
{{- range $name, $svc := .Values.services }}
{{- if $svc.enabled }}
{{- $ctx := dict "root" $ "name" $name "svc" $svc }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "zgw.fullname" $ctx }}
  labels:
    {{- include "zgw.labels" $ctx | nindent 4 }}
data:
  {{- include "zgw.configData" $ctx | nindent 2 }}
{{- end }}
{{- end }}
{{- end }}
