{{- define "zgw.prometheusrule" }}
{{- /*
Alerts for the suite (Prometheus Operator PrometheusRule). Every expression selects this release's
series with "zgw.monitoring.selector" and tells the services apart by monitoring.prometheusRule.
serviceLabel (job, with the chart's ServiceMonitors). The outbox and delivery gauges are one SQL
count on the shared schema, so every replica of a service reports the same figure: they are taken
with max, not sum, per tenant when tenants are declared. Texts between {{` and `}} are Prometheus templates, expanded when an alert fires.
*/}}
{{- $pr := .Values.monitoring.prometheusRule }}
{{- if $pr.enabled }}
{{- $sel := include "zgw.monitoring.selector" . }}
{{- $l := $pr.serviceLabel }}
{{- $by := printf "by (namespace, %s)" $l }}
{{- /* the gauges carry a tenant label when tenants are declared (ADR 0022): an alert per tenant, named in its summary */}}
{{- $byTenant := printf "by (namespace, %s, tenant)" $l }}
{{- $tenantRef := "{{ with $labels.tenant }} (tenant {{ . }}){{ end }}" }}
{{- $svcRef := printf "{{ $labels.%s }}" $l }}
{{- $http := printf "http_server_requests_seconds_count{%s}" $sel }}
{{- $http5xx := printf "http_server_requests_seconds_count{%s,status=~\"5..\"}" $sel }}
---
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: {{ printf "%s-zgw" .Release.Name | trunc 63 | trimSuffix "-" }}
  labels:
    {{- include "zgw.commonLabels" . | nindent 4 }}
    {{- with $pr.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  groups:
    - name: zgw-notificaties
      rules:
        {{- with $pr.outboxBacklog }}
        - alert: ZgwOutboxBacklog
          expr: >-
            max {{ $byTenant }} (zgw_outbox_pending{ {{- $sel -}} }) > {{ .pending }}
          for: {{ .for }}
          labels:
            severity: {{ .severity }}
            {{- with $pr.alertLabels }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          annotations:
            summary: {{ printf "%s: more than %v notifications wait in the outbox%s" $svcRef .pending $tenantRef | quote }}
            description: {{ printf "%s in namespace {{ $labels.namespace }} has {{ $value }} notifications waiting to be sent to the Notificaties API (zgw_outbox_pending). They go out in order per object; check zgw_outbox_oldest_pending_seconds and the Notificaties API (docs/adr/0008-transactional-outbox.md)." $svcRef | quote }}
        {{- end }}
        {{- with $pr.outboxStalled }}
        - alert: ZgwOutboxStalled
          expr: >-
            max {{ $byTenant }} (zgw_outbox_oldest_pending_seconds{ {{- $sel -}} }) > {{ .oldestPendingSeconds }}
          for: {{ .for }}
          labels:
            severity: {{ .severity }}
            {{- with $pr.alertLabels }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          annotations:
            summary: {{ printf "%s: the oldest outbox notification has waited more than %vs%s" $svcRef .oldestPendingSeconds $tenantRef | quote }}
            description: {{ printf "The oldest notification in the outbox of %s has waited {{ $value | humanizeDuration }} (zgw_outbox_oldest_pending_seconds): the Notificaties API is unreachable, or it refuses this service's client (ZGW_AUTH_CLIENT_ID, scope notificaties.publiceren). Sends are retried with backoff up to 5 minutes apart." $svcRef | quote }}
        {{- end }}
        {{- with $pr.outboxParked }}
        - alert: ZgwOutboxParked
          # Now above its value `window` ago: a new message was refused for good (400, 413, 422).
          expr: >-
            max {{ $byTenant }} (zgw_outbox_parked{ {{- $sel -}} })
            > max {{ $byTenant }} (zgw_outbox_parked{ {{- $sel -}} } offset {{ .window }})
          for: {{ .for }}
          labels:
            severity: {{ .severity }}
            {{- with $pr.alertLabels }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          annotations:
            summary: {{ printf "%s: the Notificaties API refused notifications for good%s" $svcRef $tenantRef | quote }}
            description: {{ printf "%s parked notifications the Notificaties API refused for good within the last %s; {{ $value }} are parked now (zgw_outbox_parked). See parked_at and last_error in the service's notificatie_outbox table and the service log; requeue with UPDATE notificatie_outbox SET parked_at = NULL, next_attempt_at = now() WHERE id = ..." $svcRef .window | quote }}
        {{- end }}
        {{- with $pr.deliveriesFailed }}
        - alert: ZgwNotificatieDeliveriesFailed
          # Deliveries to subscribers parked as failed, now above their number `window` ago.
          expr: >-
            max {{ $byTenant }} (zgw_notificaties_deliveries{ {{- $sel -}} ,status="failed"})
            > max {{ $byTenant }} (zgw_notificaties_deliveries{ {{- $sel -}} ,status="failed"} offset {{ .window }})
          for: {{ .for }}
          labels:
            severity: {{ .severity }}
            {{- with $pr.alertLabels }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          annotations:
            summary: {{ printf "Notificaties API: deliveries to subscribers failed for good%s" $tenantRef | quote }}
            description: {{ printf "Deliveries to subscribers were parked as failed within the last %s after their last attempt; {{ $value }} failed deliveries are kept now (zgw_notificaties_deliveries{status=\"failed\"}). List them with GET /notificaties/api/v1/beheer/abonnement/{uuid}/deliveries?status=failed and resend with POST .../deliveries/{id}/resend." .window | quote }}
        {{- end }}
        {{- with $pr.deliveryLag }}
        - alert: ZgwNotificatieDeliveryLag
          expr: >-
            max {{ $byTenant }} (zgw_notificaties_delivery_lag_seconds{ {{- $sel -}} }) > {{ .seconds }}
          for: {{ .for }}
          labels:
            severity: {{ .severity }}
            {{- with $pr.alertLabels }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          annotations:
            summary: {{ printf "Notificaties API: the oldest due delivery is more than %vs behind%s" .seconds $tenantRef | quote }}
            description: "The oldest due delivery to a subscriber has been due for {{`{{ $value | humanizeDuration }}`}} (zgw_notificaties_delivery_lag_seconds): the delivery workers do not keep up (slow subscribers, too few replicas, the database)."
        {{- end }}
    - name: zgw-tenants
      rules:
        {{- with $pr.tenantUnserved }}
        - alert: ZgwTenantUnserved
          expr: >-
            max {{ $by }} (zgw_tenants_unserved{ {{- $sel -}} }) > 0
          for: {{ .for }}
          labels:
            severity: {{ .severity }}
            {{- with $pr.alertLabels }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          annotations:
            summary: {{ printf "%s: a declared tenant is not served" $svcRef | quote }}
            description: {{ printf "%s in namespace {{ $labels.namespace }} cannot ready {{ $value }} of its declared tenants (zgw_tenants_unserved): their hosts answer 404. The service log says which and why (a migration, or the tenant's setup file in the Autorisaties API); it tries again at every check of the declaration (docs/operators.md, tenants)." $svcRef | quote }}
        {{- end }}
    - name: zgw-http
      rules:
        {{- with $pr.serverErrors }}
        - alert: ZgwServerErrors
          expr: >-
            (
              sum {{ $by }} (rate({{ $http5xx }}[{{ .window }}]))
              / sum {{ $by }} (rate({{ $http }}[{{ .window }}]))
            ) > {{ .ratio }}
            and
            sum {{ $by }} (rate({{ $http5xx }}[{{ .window }}])) > {{ .minPerSecond }}
          for: {{ .for }}
          labels:
            severity: {{ .severity }}
            {{- with $pr.alertLabels }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          annotations:
            summary: {{ printf "%s answers more than %.4g%% of its requests with 5xx" $svcRef (mulf .ratio 100) | quote }}
            description: {{ printf "%s in namespace {{ $labels.namespace }} answered {{ $value | humanizePercentage }} of its requests over the last %s with a 5xx status (http_server_requests_seconds_count). A 503 usually means an API it depends on failed; see the service log." $svcRef .window | quote }}
        {{- end }}
    - name: zgw-availability
      rules:
        {{- with $pr.targetDown }}
        - alert: ZgwTargetDown
          expr: >-
            up{ {{- $sel -}} } == 0
          for: {{ .for }}
          labels:
            severity: {{ .severity }}
            {{- with $pr.alertLabels }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          annotations:
            summary: {{ printf "%s: a pod cannot be scraped" $svcRef | quote }}
            description: {{ printf "Prometheus could not scrape /q/metrics of {{ $labels.pod }} ({{ $labels.instance }}) of %s for %s: the pod is down, not ready, or a NetworkPolicy keeps Prometheus out (monitoring.serviceMonitor.allowFrom)." $svcRef .for | quote }}
        {{- end }}
        {{- with $pr.serviceDown }}
        {{- $down := . }}
        {{- range $name, $svc := $.Values.services }}
        {{- if $svc.enabled }}
        - alert: ZgwServiceDown
          # No target of the service is up: all its pods are down, or none is scraped at all.
          expr: >-
            absent(up{ {{- $sel -}} ,{{ $l }}=~"(.+-)?{{ $name }}"} == 1)
          for: {{ $down.for }}
          labels:
            severity: {{ $down.severity }}
            namespace: {{ $.Release.Namespace }}
            zgw_service: {{ $name }}
            {{- with $pr.alertLabels }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          annotations:
            summary: {{ printf "%s: no pod of the %s API is up" (include "zgw.fullname" (dict "root" $ "name" $name)) $name | quote }}
            description: {{ printf "No scrape target of the %s API (%s in namespace %s) has been up for %s: the service is down, or Prometheus does not scrape it (ServiceMonitor labels, NetworkPolicy, monitoring.prometheusRule.selector)." $name (include "zgw.fullname" (dict "root" $ "name" $name)) $.Release.Namespace $down.for | quote }}
        {{- end }}
        {{- end }}
        {{- end }}
{{- end }}
{{- end }}
