package nl.zgw.notificaties.kanaal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

@Entity
@Table(name = "kanaal")
public class KanaalEntity {

    @Id
    UUID uuid;

    @Column(nullable = false, length = 50)
    String naam;

    @Column(name = "documentatie_link", length = 200)
    String documentatieLink;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(100)[]")
    String[] filters;
}
