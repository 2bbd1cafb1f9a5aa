{{/* The six components and their public base paths (ZGW_BASE_URLS_*), fixed by the code. */}}
{{- define "zgw.basePaths" -}}
zaken: /zaken/api/v1
catalogi: /catalogi/api/v1
documenten: /documenten/api/v1
besluiten: /besluiten/api/v1
autorisaties: /autorisaties/api/v1
notificaties: /notificaties/api/v1
{{- end }}

{{/*
The suite services each one calls inside the cluster, fixed by the code (the NetworkPolicies allow
exactly these): the Zaken API reads Catalogi types, documents and besluiten; the Notificaties API
calls the callbacks of abonnementen within the suite; every service verifies tokens at the
Autorisaties API and publishes to the Notificaties API.
*/}}
{{- define "zgw.calls" -}}
zaken: [catalogi, documenten, besluiten, autorisaties, notificaties]
catalogi: [autorisaties, notificaties]
documenten: [zaken, catalogi, autorisaties, notificaties]
besluiten: [zaken, documenten, catalogi, autorisaties, notificaties]
autorisaties: [notificaties]
notificaties: [zaken, catalogi, documenten, besluiten, autorisaties]
{{- end }}

{{/*
Name of one service's objects: <release>-<component>; in the chart of a single service, the release
name alone when it is the component or ends in "-<component>" (a release "zaken" of zgw-zaken:
"zaken", not "zaken-zaken"). The umbrella chart always uses <release>-<component>.
Call with (dict "root" $ "name" $name).
*/}}
{{- define "zgw.fullname" -}}
{{- if and (ne .root.Chart.Name "zgw") (or (eq .root.Release.Name .name) (hasSuffix (printf "-%s" .name) .root.Release.Name)) -}}
{{- .root.Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end }}

{{- define "zgw.selectorLabels" -}}
app.kubernetes.io/name: zgw-{{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{- define "zgw.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{ include "zgw.selectorLabels" . }}
app.kubernetes.io/component: {{ .name }}
app.kubernetes.io/part-of: zgw
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{- define "zgw.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: zgw
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* image: <global.image.registry>/<repository>:<tag>, tag defaulting to the chart's appVersion. */}}
{{- define "zgw.image" -}}
{{- $tag := .svc.tag | default .root.Chart.AppVersion | toString -}}
{{- if eq $tag "latest" }}{{ fail (printf "services.%s.tag: 'latest' is not allowed; give a fixed version" .name) }}{{ end -}}
{{- $registry := .root.Values.global.image.registry | trimSuffix "/" -}}
{{- if $registry }}{{ printf "%s/%s:%s" $registry .svc.repository $tag }}{{ else }}{{ printf "%s:%s" .svc.repository $tag }}{{ end -}}
{{- end }}

{{/*
Secret names. Each returns the existingSecret when set, else the chart's own Secret when the values
are given, else fails: the chart never makes up a password.
*/}}
{{- define "zgw.databaseSecretName" -}}
{{- $d := .Values.database -}}
{{- if $d.existingSecret }}{{ $d.existingSecret }}
{{- else if and $d.username $d.password }}{{ printf "%s-zgw-database" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}{{ fail "database: set database.existingSecret (a Secret with the keys database.usernameKey and database.passwordKey) or both database.username and database.password" }}
{{- end }}
{{- end }}

{{- define "zgw.clientsSecretName" -}}
{{- $a := .Values.auth -}}
{{- if $a.existingSecret }}{{ $a.existingSecret }}
{{- else if $a.clientSecret }}{{ printf "%s-zgw-clients" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}{{ fail "auth: set auth.existingSecret (a Secret with the key auth.clientSecretKey: ZGW_AUTH_CLIENT_SECRET) or auth.clientSecret" }}
{{- end }}
{{- end }}

{{- define "zgw.autorisatiesSecretName" -}}
{{- $a := .Values.autorisaties -}}
{{- if $a.existingSecret }}{{ $a.existingSecret }}
{{- else if and $a.secretKey $a.setupJson }}{{ printf "%s-zgw-autorisaties" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}{{ fail "autorisaties: set autorisaties.existingSecret (a Secret with the keys autorisaties.secretKeyKey: ZGW_AUTORISATIES_SECRET_KEY, base64 of 32 bytes, and autorisaties.setupFileKey: the setup JSON) or both autorisaties.secretKey and autorisaties.setupJson" }}
{{- end }}
{{- end }}

{{- define "zgw.s3SecretName" -}}
{{- $s := .Values.documenten.opslag.s3 -}}
{{- if $s.existingSecret }}{{ $s.existingSecret }}
{{- else if and $s.accessKey $s.secretKey }}{{ printf "%s-zgw-documenten-s3" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}{{ fail "documenten.opslag.type is s3: set documenten.opslag.s3.existingSecret (a Secret with the keys accessKeyKey and secretKeyKey) or both documenten.opslag.s3.accessKey and documenten.opslag.s3.secretKey" }}
{{- end }}
{{- end }}

{{/* Empty when no abonnementen secret is configured (ZGW_ABONNEMENTEN_SECRET is then not set). */}}
{{- define "zgw.abonnementenSecretName" -}}
{{- $a := .Values.abonnementen -}}
{{- if $a.existingSecret }}{{ $a.existingSecret }}
{{- else if $a.secret }}{{ printf "%s-zgw-abonnementen" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{/* Egress "to" for a {cidr, port} block: an ipBlock when cidr is given, else any destination. */}}
{{- define "zgw.egressTo" -}}
{{- if .cidr -}}
to:
  - ipBlock:
      cidr: {{ .cidr }}
{{- end }}
{{- end }}

{{/* The plain (non-secret) environment of one service; the ConfigMap and its checksum use it. */}}
{{- define "zgw.configData" -}}
{{- $root := .root -}}
{{- $v := $root.Values -}}
{{- $svc := .svc -}}
QUARKUS_HTTP_PORT: "8080"
# Flyway migrates at start. It takes a database lock (PostgreSQL advisory lock) while it
# migrates, so several replicas starting at once (rollout, HPA) are safe: one migrates, the others
# wait and then find the schema up to date.
QUARKUS_FLYWAY_MIGRATE_AT_START: "true"
QUARKUS_DATASOURCE_JDBC_URL: {{ $svc.jdbcUrl | default $v.database.jdbcUrl | quote }}
{{- range $component, $path := include "zgw.basePaths" . | fromYaml }}
ZGW_BASE_URLS_{{ upper $component }}: {{ printf "https://%s%s" $v.global.host $path | quote }}
{{- end }}
ZGW_AUTH_CLIENT_ID: {{ $v.auth.clientId | quote }}
{{- if $v.auth.verifyUrl }}
ZGW_AUTH_VERIFY_URL: {{ $v.auth.verifyUrl | quote }}
{{- else if $v.auth.verifyInternally }}
{{- if not (get $v.services "autorisaties" | default dict).enabled }}
{{- fail "auth.verifyInternally: the autorisaties service is not in this release; set auth.verifyUrl (http://<its Service>.<namespace>.svc/autorisaties/intern/v1/verify) or auth.verifyInternally: false" }}
{{- end }}
ZGW_AUTH_VERIFY_URL: {{ printf "http://%s.%s.svc/autorisaties/intern/v1/verify" (include "zgw.fullname" (dict "root" $root "name" "autorisaties")) $root.Release.Namespace | quote }}
{{- end }}
ZGW_TIJDZONE: {{ $v.global.tijdzone | quote }}
{{- if $v.tenants }}
ZGW_TENANTS_FILE: /etc/zgw-tenants/tenants.json
{{- end }}
{{- with ($svc.javaOptions | default $v.javaOptions) }}
# replaces the image's memory settings of the JVM
JDK_JAVA_OPTIONS: {{ . | quote }}
{{- end }}
# JSON log lines with requestId, api and clientId as fields (text when false)
QUARKUS_LOG_CONSOLE_JSON_ENABLED: {{ $v.logging.json | quote }}
{{- if $v.tracing.enabled }}
# the services carry the trace (W3C traceparent) on their calls to each other
QUARKUS_OTEL_SDK_DISABLED: "false"
QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT: {{ required "tracing.enabled: set tracing.endpoint (the OTLP collector URL)" $v.tracing.endpoint | quote }}
{{- end }}
{{- if eq .name "autorisaties" }}
ZGW_AUTORISATIES_SETUP_FILE: /etc/zgw/setup.json
{{- end }}
{{- if eq .name "documenten" }}
{{- $o := $v.documenten.opslag }}
ZGW_DOCUMENTEN_OPSLAG_TYPE: {{ $o.type | quote }}
ZGW_DOCUMENTEN_OPSLAG_MAP: {{ $o.map | quote }}
{{- if eq $o.type "s3" }}
{{- with $o.s3.endpoint }}
ZGW_DOCUMENTEN_OPSLAG_S3_ENDPOINT: {{ . | quote }}
{{- end }}
ZGW_DOCUMENTEN_OPSLAG_S3_BUCKET: {{ $o.s3.bucket | quote }}
ZGW_DOCUMENTEN_OPSLAG_S3_REGION: {{ $o.s3.region | quote }}
ZGW_DOCUMENTEN_OPSLAG_S3_PATH_STYLE: {{ $o.s3.pathStyle | toString | quote }}
{{- end }}
{{- end }}
{{- range $k, $val := $svc.env }}
{{ $k }}: {{ $val | toString | quote }}
{{- end }}
{{- end }}

{{/*
PromQL label matchers that select this release's series (monitoring.prometheusRule.selector, or by
default the labels the chart's ServiceMonitors give: the release namespace and job = Service name).
*/}}
{{- define "zgw.monitoring.selector" -}}
{{- with .Values.monitoring.prometheusRule.selector -}}
{{ . }}
{{- else -}}
{{- $jobs := list -}}
{{- range $name, $svc := .Values.services -}}
{{- if $svc.enabled }}{{ $jobs = append $jobs (include "zgw.fullname" (dict "root" $ "name" $name)) }}{{ end -}}
{{- end -}}
namespace="{{ .Release.Namespace }}",job=~"{{ join "|" $jobs }}"
{{- end -}}
{{- end }}

{{/* The tenant declaration (ZGW_TENANTS_FILE) from the values' tenants, as JSON. */}}
{{- define "zgw.tenantsJson" -}}
{{- $list := list -}}
{{- $seen := dict -}}
{{- $hosts := dict -}}
{{- range .Values.tenants -}}
{{- if hasKey $seen .id }}{{ fail (printf "tenants: id %s is declared twice" .id) }}{{ end -}}
{{- if hasKey $hosts .host }}{{ fail (printf "tenants: host %s is declared twice" .host) }}{{ end -}}
{{- $_ := set $seen .id true -}}
{{- $_ := set $hosts .host true -}}
{{- $t := dict "id" .id "host" .host -}}
{{- if .setupSecret }}{{ $_ := set $t "setupFile" (printf "/etc/zgw-tenant-setup/%s/setup.json" .id) }}{{ end -}}
{{- $list = append $list $t -}}
{{- end -}}
{{- dict "tenants" $list | toJson -}}
{{- end }}

{{/* The ConfigMap holding the tenant declaration. */}}
{{- define "zgw.tenantsConfigMapName" -}}
{{- printf "%s-zgw-tenants" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end }}
