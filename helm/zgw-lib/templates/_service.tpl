{{- define "zgw.service" }}
{{- range $name, $svc := .Values.services }}
{{- if $svc.enabled }}
{{- $ctx := dict "root" $ "name" $name "svc" $svc }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "zgw.fullname" $ctx }}
  labels:
    {{- include "zgw.labels" $ctx | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "zgw.selectorLabels" $ctx | nindent 4 }}
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
{{- end }}
{{- end }}
{{- end }}
