{{- define "zgw.pdb" }}
{{- range $name, $svc := .Values.services }}
{{- $pdb := $svc.podDisruptionBudget | default $.Values.podDisruptionBudget }}
{{- if and $svc.enabled $pdb.enabled }}
{{- $ctx := dict "root" $ "name" $name "svc" $svc }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "zgw.fullname" $ctx }}
  labels:
    {{- include "zgw.labels" $ctx | nindent 4 }}
spec:
  minAvailable: {{ $pdb.minAvailable }}
  selector:
    matchLabels:
      {{- include "zgw.selectorLabels" $ctx | nindent 6 }}
{{- end }}
{{- end }}
{{- end }}
