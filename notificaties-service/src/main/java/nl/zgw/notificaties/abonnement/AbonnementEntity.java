package nl.zgw.notificaties.abonnement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "abonnement")
public class AbonnementEntity {

    @Id
    UUID uuid;

    @Column(name = "callback_url", nullable = false, length = 1000)
    String callbackUrl;

    @Column(nullable = false, length = 1000)
    String auth;

    @Column(name = "client_id", nullable = false, length = 50)
    String clientId;

    @Version
    long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "abonnement_uuid", nullable = false)
    @OrderBy("position")
    List<AbonnementKanaalEntity> kanalen = new ArrayList<>();
}
