{{- define "zgw.secrets" }}
{{- /*
Secrets are rendered only from values given explicitly (never generated, never defaulted) and only
when no existingSecret is named. Prefer existingSecret: values end up in the release history.
*/}}
{{- $v := .Values }}
{{- if and (not $v.database.existingSecret) $v.database.username $v.database.password }}
---
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "zgw.databaseSecretName" . }}
  labels:
    {{- include "zgw.commonLabels" . | nindent 4 }}
type: Opaque
stringData:
  {{ $v.database.usernameKey }}: {{ $v.database.username | quote }}
  {{ $v.database.passwordKey }}: {{ $v.database.password | quote }}
{{- end }}
{{- if and (not $v.auth.existingSecret) $v.auth.clientSecret }}
---
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "zgw.clientsSecretName" . }}
  labels:
    {{- include "zgw.commonLabels" . | nindent 4 }}
type: Opaque
stringData:
  {{ $v.auth.clientSecretKey }}: {{ $v.auth.clientSecret | quote }}
{{- end }}
{{- if and (get $v.services "autorisaties" | default dict).enabled (not $v.autorisaties.existingSecret) $v.autorisaties.secretKey $v.autorisaties.setupJson }}
---
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "zgw.autorisatiesSecretName" . }}
  labels:
    {{- include "zgw.commonLabels" . | nindent 4 }}
type: Opaque
stringData:
  {{ $v.autorisaties.secretKeyKey }}: {{ $v.autorisaties.secretKey | quote }}
  {{ $v.autorisaties.setupFileKey }}: {{ $v.autorisaties.setupJson | quote }}
{{- end }}
{{- if and (get $v.services "documenten" | default dict).enabled (eq $v.documenten.opslag.type "s3") (not $v.documenten.opslag.s3.existingSecret) $v.documenten.opslag.s3.accessKey $v.documenten.opslag.s3.secretKey }}
{{- $s3 := $v.documenten.opslag.s3 }}
---
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "zgw.s3SecretName" . }}
  labels:
    {{- include "zgw.commonLabels" . | nindent 4 }}
type: Opaque
stringData:
  {{ $s3.accessKeyKey }}: {{ $s3.accessKey | quote }}
  {{ $s3.secretKeyKey }}: {{ $s3.secretKey | quote }}
{{- end }}
{{- if and (not $v.abonnementen.existingSecret) $v.abonnementen.secret }}
---
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "zgw.abonnementenSecretName" . }}
  labels:
    {{- include "zgw.commonLabels" . | nindent 4 }}
type: Opaque
stringData:
  {{ $v.abonnementen.secretKey }}: {{ $v.abonnementen.secret | quote }}
{{- end }}
{{- end }}
