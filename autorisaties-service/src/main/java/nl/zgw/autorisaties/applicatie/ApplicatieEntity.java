package nl.zgw.autorisaties.applicatie;

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
@Table(name = "applicatie")
public class ApplicatieEntity {

    @Id
    UUID uuid;

    @Column(nullable = false, length = 100)
    String label;

    @Column(name = "heeft_alle_autorisaties", nullable = false)
    boolean heeftAlleAutorisaties;

    @Column(name = "alleen_is_gereed_voor_publicatie", nullable = false)
    boolean alleenIsGereedVoorPublicatie;

    @Version
    long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "applicatie_uuid", nullable = false)
    @OrderBy("position")
    List<AutorisatieEntity> autorisaties = new ArrayList<>();
}
