{{- define "zgw.pvc" }}
{{- $svc := get .Values.services "documenten" | default dict }}
{{- $opslag := (.Values.documenten | default dict).opslag }}
{{- if and $svc.enabled (eq $opslag.type "bestandssysteem") (not $opslag.persistence.existingClaim) }}
{{- $ctx := dict "root" $ "name" "documenten" "svc" $svc }}
---
# Document content, shared by all documenten replicas: needs a ReadWriteMany storage class.
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: {{ include "zgw.fullname" $ctx }}
  labels:
    {{- include "zgw.labels" $ctx | nindent 4 }}
  annotations:
    helm.sh/resource-policy: keep
spec:
  accessModes: [ReadWriteMany]
  {{- with $opslag.persistence.storageClass }}
  storageClassName: {{ . }}
  {{- end }}
  resources:
    requests:
      storage: {{ $opslag.persistence.size }}
{{- end }}
{{- end }}
