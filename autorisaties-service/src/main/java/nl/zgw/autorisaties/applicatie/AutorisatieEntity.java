package nl.zgw.autorisaties.applicatie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "autorisatie")
public class AutorisatieEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    int position;

    @Column(nullable = false, length = 3)
    String component;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(100)[]")
    String[] scopes;

    @Column(length = 1000)
    String zaaktype;

    @Column(length = 1000)
    String informatieobjecttype;

    @Column(length = 1000)
    String besluittype;

    @Column(name = "max_vertrouwelijkheidaanduiding", length = 20)
    String maxVertrouwelijkheidaanduiding;
}
