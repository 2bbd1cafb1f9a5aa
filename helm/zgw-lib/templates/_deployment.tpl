{{- define "zgw.deployment" }}
{{- range $name, $svc := .Values.services }}
{{- if $svc.enabled }}
{{- $ctx := dict "root" $ "name" $name "svc" $svc }}
{{- $v := $.Values }}
{{- $as := $svc.autoscaling | default $v.autoscaling }}
{{- $probes := $svc.probes | default $v.probes }}
{{- $opslag := ($v.documenten | default dict).opslag }}
{{- $abonnementen := include "zgw.abonnementenSecretName" $ }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "zgw.fullname" $ctx }}
  labels:
    {{- include "zgw.labels" $ctx | nindent 4 }}
spec:
  {{- if not $as.enabled }}
  replicas: {{ $svc.replicas | default 2 }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "zgw.selectorLabels" $ctx | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "zgw.labels" $ctx | nindent 8 }}
      annotations:
        checksum/config: {{ include "zgw.configData" $ctx | sha256sum }}
        {{- /* no checksum of the tenants: the services read the mounted declaration again while they run (ADR 0022) */}}
        {{- with ($svc.podAnnotations | default $v.podAnnotations) }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "zgw.fullname" $ctx }}
      automountServiceAccountToken: false
      {{- with $v.global.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml ($svc.podSecurityContext | default $v.podSecurityContext) | nindent 8 }}
      containers:
        - name: {{ $name }}
          image: {{ include "zgw.image" $ctx | quote }}
          imagePullPolicy: {{ $v.global.image.pullPolicy }}
          securityContext:
            {{- toYaml ($svc.securityContext | default $v.securityContext) | nindent 12 }}
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "zgw.fullname" $ctx }}
          env:
            - name: QUARKUS_DATASOURCE_USERNAME
              valueFrom:
                secretKeyRef:
                  name: {{ include "zgw.databaseSecretName" $ }}
                  key: {{ $v.database.usernameKey }}
            - name: QUARKUS_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ include "zgw.databaseSecretName" $ }}
                  key: {{ $v.database.passwordKey }}
            - name: ZGW_AUTH_CLIENT_SECRET
              valueFrom:
                secretKeyRef:
                  name: {{ include "zgw.clientsSecretName" $ }}
                  key: {{ $v.auth.clientSecretKey }}
            {{- if $abonnementen }}
            - name: ZGW_ABONNEMENTEN_SECRET
              valueFrom:
                secretKeyRef:
                  name: {{ $abonnementen }}
                  key: {{ $v.abonnementen.secretKey }}
            {{- end }}
            {{- if eq $name "autorisaties" }}
            - name: ZGW_AUTORISATIES_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ include "zgw.autorisatiesSecretName" $ }}
                  key: {{ $v.autorisaties.secretKeyKey }}
            {{- end }}
            {{- if and (eq $name "documenten") (eq $opslag.type "s3") }}
            - name: ZGW_DOCUMENTEN_OPSLAG_S3_ACCESS_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ include "zgw.s3SecretName" $ }}
                  key: {{ $opslag.s3.accessKeyKey }}
            - name: ZGW_DOCUMENTEN_OPSLAG_S3_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ include "zgw.s3SecretName" $ }}
                  key: {{ $opslag.s3.secretKeyKey }}
            {{- end }}
          startupProbe:
            httpGet:
              path: /q/health/started
              port: http
            {{- toYaml $probes.startup | nindent 12 }}
          livenessProbe:
            httpGet:
              path: /q/health/live
              port: http
            {{- toYaml $probes.liveness | nindent 12 }}
          readinessProbe:
            httpGet:
              path: /q/health/ready
              port: http
            {{- toYaml $probes.readiness | nindent 12 }}
          resources:
            {{- toYaml ($svc.resources | default $v.resources) | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- if eq $name "autorisaties" }}
            - name: setup
              mountPath: /etc/zgw
              readOnly: true
            {{- end }}
            {{- if eq $name "documenten" }}
            - name: documenten
              mountPath: {{ $opslag.map }}
            {{- end }}
            {{- if $v.tenants }}
            - name: tenants
              mountPath: /etc/zgw-tenants
              readOnly: true
            {{- if eq $name "autorisaties" }}
            {{- range $v.tenants }}
            {{- if .setupSecret }}
            - name: {{ printf "setup-%s" .id }}
              mountPath: {{ printf "/etc/zgw-tenant-setup/%s" .id }}
              readOnly: true
            {{- end }}
            {{- end }}
            {{- end }}
            {{- end }}
      volumes:
        - name: tmp
          emptyDir: {}
        {{- if eq $name "autorisaties" }}
        - name: setup
          secret:
            secretName: {{ include "zgw.autorisatiesSecretName" $ }}
            defaultMode: 0440
            items:
              - key: {{ $v.autorisaties.setupFileKey }}
                path: setup.json
        {{- end }}
        {{- if eq $name "documenten" }}
        - name: documenten
          {{- if eq $opslag.type "s3" }}
          # With s3 the folder only holds content while it is being uploaded.
          emptyDir: {}
          {{- else }}
          persistentVolumeClaim:
            claimName: {{ $opslag.persistence.existingClaim | default (include "zgw.fullname" $ctx) }}
          {{- end }}
        {{- end }}
        {{- if $v.tenants }}
        - name: tenants
          configMap:
            name: {{ include "zgw.tenantsConfigMapName" $ }}
        {{- if eq $name "autorisaties" }}
        {{- range $v.tenants }}
        {{- if .setupSecret }}
        - name: {{ printf "setup-%s" .id }}
          secret:
            secretName: {{ .setupSecret }}
            defaultMode: 0440
            items:
              - key: {{ ($v.autorisaties | default dict).setupFileKey | default "setup.json" }}
                path: setup.json
        {{- end }}
        {{- end }}
        {{- end }}
        {{- end }}
      {{- with ($svc.nodeSelector | default $v.nodeSelector) }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with ($svc.tolerations | default $v.tolerations) }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with ($svc.affinity | default $v.affinity) }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end }}
{{- end }}
{{- end }}
