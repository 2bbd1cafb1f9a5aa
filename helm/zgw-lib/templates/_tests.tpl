{{- define "zgw.tests" }}
{{- range $name, $svc := .Values.services }}
{{- if $svc.enabled }}
{{- $ctx := dict "root" $ "name" $name "svc" $svc }}
{{- $url := printf "http://%s" (include "zgw.fullname" $ctx) }}
---
# helm test: the service is ready, and its API refuses a request without a token (401).
apiVersion: v1
kind: Pod
metadata:
  name: {{ printf "%s-test" (include "zgw.fullname" $ctx) | trunc 63 | trimSuffix "-" }}
  labels:
    app.kubernetes.io/instance: {{ $.Release.Name }}
    app.kubernetes.io/component: helm-test
    app.kubernetes.io/part-of: zgw
  annotations:
    helm.sh/hook: test
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  restartPolicy: Never
  automountServiceAccountToken: false
  securityContext:
    {{- toYaml $.Values.podSecurityContext | nindent 4 }}
  containers:
    - name: test
      image: {{ $.Values.tests.image | quote }}
      imagePullPolicy: IfNotPresent
      securityContext:
        {{- toYaml $.Values.securityContext | nindent 8 }}
      resources:
        {{- toYaml $.Values.tests.resources | nindent 8 }}
      command:
        - sh
        - -ec
        - |
          curl -fsS --retry 5 --retry-connrefused --retry-delay 3 {{ $url }}/q/health/ready
          echo
          {{- /* with tenants a request is served by its host (the first tenant's); health by any */}}
          code=$(curl -s -o /dev/null -w '%{http_code}' {{ with $.Values.tenants }}-H 'Host: {{ (first .).host }}' {{ end }}{{ $url }}{{ $svc.testPath }})
          echo "GET {{ $svc.testPath }} without a token: $code"
          test "$code" = 401
{{- end }}
{{- end }}
{{- end }}
