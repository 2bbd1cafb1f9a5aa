package nl.zgw.autorisaties.applicatie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One client id of an applicatie; the primary key makes a client id belong to one applicatie only (ac-001). */
@Entity
@Table(name = "applicatie_client_id")
public class ApplicatieClientIdEntity {

    @Id
    @Column(name = "client_id", length = 50)
    String clientId;

    @Column(name = "applicatie_uuid", nullable = false)
    UUID applicatieUuid;

    @Column(nullable = false)
    int position;

    protected ApplicatieClientIdEntity() {
    }

    ApplicatieClientIdEntity(String clientId, UUID applicatieUuid, int position) {
        this.clientId = clientId;
        this.applicatieUuid = applicatieUuid;
        this.position = position;
    }
}
