package nl.zgw.documenten.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The settings of the Documenten API ({@code zgw.documenten.*}, each settable by environment). */
@ConfigMapping(prefix = "zgw.documenten")
public interface DocumentenConfig {

    Opslag opslag();

    /** The size of the parts a large file is uploaded in; all parts but the last have this size. */
    long bestandsdeelGrootte();

    interface Opslag {
        /** {@code bestandssysteem} (files in {@link #map()}) or {@code s3} (an S3-compatible object store). */
        @WithDefault("bestandssysteem")
        String type();

        /** The folder content is stored in (ZGW_DOCUMENTEN_OPSLAG_MAP); with S3 it holds content while it is uploaded. */
        String map();

        S3 s3();
    }

    interface S3 {
        /** The object store's URL, e.g. a MinIO or Ceph gateway; absent for AWS itself. */
        Optional<String> endpoint();

        @WithDefault("zgw-documenten")
        String bucket();

        @WithDefault("eu-west-1")
        String region();

        /** Absent: the AWS default credentials chain (environment, web identity on Kubernetes, ...). */
        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Path-style URLs ({@code endpoint/bucket/key}), as most S3-compatible stores need. */
        @WithDefault("true")
        boolean pathStyle();
    }
}
