{{- define "zgw.configmap" }}
{{- if .Values.tenants }}
---
# The organisations this installation serves (ZGW_TENANTS_FILE of every service).
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "zgw.tenantsConfigMapName" . }}
  labels:
    {{- include "zgw.commonLabels" . | nindent 4 }}
data:
  tenants.json: {{ include "zgw.tenantsJson" . | quote }}
{{- end }}
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
