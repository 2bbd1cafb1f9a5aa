{{- define "zgw.networkpolicy" }}
{{- /*
One NetworkPolicy per service. Ingress: from the ingress controller's namespace, from the suite
services that call this one (zgw.calls), from this release's helm test pods, and with
monitoring.serviceMonitor.enabled from Prometheus (its allowFrom). Egress: DNS, the suite services
it calls, the ingress controller (the services call each other through their public base URLs),
PostgreSQL, object storage (documenten with s3), the tracing collector, and for externalEgress
(notificaties callbacks, catalogi/zaken external APIs) the world outside the cluster CIDRs.
Peers are the services of this release (networkPolicy.peers: release) or the suite's services of
any release in the namespace (namespace: the charts of single services installed side by side).
*/}}
{{- if .Values.networkPolicy.enabled }}
{{- $v := .Values }}
{{- $np := $v.networkPolicy }}
{{- $calls := include "zgw.calls" . | fromYaml }}
{{- $inRelease := eq ($np.peers | default "release") "release" }}
{{- range $name, $svc := $v.services }}
{{- if $svc.enabled }}
{{- $ctx := dict "root" $ "name" $name "svc" $svc }}
{{- $callers := list }}
{{- range $other, $callees := $calls }}
{{- if and (has $name $callees) (or (not $inRelease) (get $v.services $other | default dict).enabled) }}
{{- $callers = append $callers (printf "zgw-%s" $other) }}
{{- end }}
{{- end }}
{{- $callees := list }}
{{- range $callee := get $calls $name }}
{{- if or (not $inRelease) (get $v.services $callee | default dict).enabled }}
{{- $callees = append $callees (printf "zgw-%s" $callee) }}
{{- end }}
{{- end }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "zgw.fullname" $ctx }}
  labels:
    {{- include "zgw.labels" $ctx | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "zgw.selectorLabels" $ctx | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    - from:
        - namespaceSelector:
            {{- toYaml $np.ingressNamespaceSelector | nindent 12 }}
      ports:
        - port: 8080
          protocol: TCP
    {{- if $callers }}
    - from:
        - podSelector:
            matchLabels:
              {{- if $inRelease }}
              app.kubernetes.io/instance: {{ $.Release.Name }}
              {{- else }}
              app.kubernetes.io/part-of: zgw
              {{- end }}
            matchExpressions:
              - key: app.kubernetes.io/name
                operator: In
                values: {{ toJson $callers }}
      ports:
        - port: 8080
          protocol: TCP
    {{- end }}
    - from:
        - podSelector:
            matchLabels:
              app.kubernetes.io/instance: {{ $.Release.Name }}
              app.kubernetes.io/component: helm-test
      ports:
        - port: 8080
          protocol: TCP
    {{- $sm := $v.monitoring.serviceMonitor }}
    {{- if and $sm.enabled $sm.allowFrom }}
    # Prometheus scraping /q/metrics (monitoring.serviceMonitor.allowFrom).
    - from:
        {{- toYaml $sm.allowFrom | nindent 8 }}
      ports:
        - port: 8080
          protocol: TCP
    {{- end }}
    {{- with $np.extraIngress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  egress:
    - ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    {{- if $callees }}
    - to:
        - podSelector:
            matchLabels:
              {{- if $inRelease }}
              app.kubernetes.io/instance: {{ $.Release.Name }}
              {{- else }}
              app.kubernetes.io/part-of: zgw
              {{- end }}
            matchExpressions:
              - key: app.kubernetes.io/name
                operator: In
                values: {{ toJson $callees }}
      ports:
        - port: 8080
          protocol: TCP
    {{- end }}
    - to:
        - namespaceSelector:
            {{- toYaml $np.ingressNamespaceSelector | nindent 12 }}
      ports:
        {{- range $np.ingressControllerPorts }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
    - ports:
        - port: {{ $v.database.egress.port }}
          protocol: TCP
      {{- with (include "zgw.egressTo" $v.database.egress) }}
      {{- . | nindent 6 }}
      {{- end }}
    {{- if and (eq $name "documenten") (eq $v.documenten.opslag.type "s3") }}
    - ports:
        - port: {{ $v.documenten.opslag.s3.egress.port }}
          protocol: TCP
      {{- with (include "zgw.egressTo" $v.documenten.opslag.s3.egress) }}
      {{- . | nindent 6 }}
      {{- end }}
    {{- end }}
    {{- if $v.tracing.enabled }}
    - ports:
        - port: {{ $v.tracing.egress.port }}
          protocol: TCP
      {{- with (include "zgw.egressTo" $v.tracing.egress) }}
      {{- . | nindent 6 }}
      {{- end }}
    {{- end }}
    {{- if and $svc.externalEgress $svc.externalEgress.enabled }}
    - to:
        - ipBlock:
            cidr: 0.0.0.0/0
            {{- with $np.clusterCIDRs }}
            except:
              {{- toYaml . | nindent 14 }}
            {{- end }}
      ports:
        {{- range $svc.externalEgress.ports }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
    {{- end }}
    {{- with $np.extraEgress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
