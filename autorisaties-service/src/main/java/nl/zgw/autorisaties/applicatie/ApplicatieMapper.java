package nl.zgw.autorisaties.applicatie;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.ref.ResourceUrls;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ApplicatieMapper {

    static final String COLLECTION = "applicaties";

    private final ResourceUrls urls;

    public ApplicatieMapper(ResourceUrls urls) {
        this.urls = urls;
    }

    URI url(UUID uuid) {
        return urls.own(COLLECTION, uuid).uri();
    }

    Applicatie toDto(ApplicatieEntity entity, List<String> clientIds) {
        return new Applicatie(url(entity.uuid), List.copyOf(clientIds), entity.label,
                entity.heeftAlleAutorisaties, entity.alleenIsGereedVoorPublicatie,
                entity.autorisaties.stream().map(ApplicatieMapper::toDto).toList());
    }

    static AutorisatieBase toDto(AutorisatieEntity e) {
        Component component = Component.ofValue(e.component).orElseThrow();
        return new AutorisatieBase(component, component.weergave(), List.of(e.scopes), e.zaaktype,
                e.informatieobjecttype, e.besluittype,
                e.maxVertrouwelijkheidaanduiding == null ? null
                        : Vertrouwelijkheidaanduiding.ofValue(e.maxVertrouwelijkheidaanduiding).orElseThrow());
    }

    /** Copies the writable fields of {@code dto} onto {@code entity}, replacing all autorisaties. */
    void apply(Applicatie dto, ApplicatieEntity entity) {
        entity.label = dto.label();
        entity.heeftAlleAutorisaties = dto.alleAutorisaties();
        entity.alleenIsGereedVoorPublicatie = Boolean.TRUE.equals(dto.alleenIsGereedVoorPublicatie());
        entity.autorisaties.clear();
        List<AutorisatieBase> autorisaties = dto.autorisatiesOrEmpty();
        List<AutorisatieEntity> entities = new ArrayList<>();
        for (int i = 0; i < autorisaties.size(); i++) {
            AutorisatieBase a = autorisaties.get(i);
            AutorisatieEntity e = new AutorisatieEntity();
            e.position = i;
            e.component = a.component().value();
            e.scopes = a.scopesOrEmpty().stream().distinct().toArray(String[]::new);
            // only the fields of the autorisatie's own component are kept
            e.zaaktype = a.component() == Component.ZRC ? a.zaaktype() : null;
            e.informatieobjecttype = a.component() == Component.DRC ? a.informatieobjecttype() : null;
            e.besluittype = a.component() == Component.BRC ? a.besluittype() : null;
            e.maxVertrouwelijkheidaanduiding = (a.component() == Component.ZRC || a.component() == Component.DRC)
                    && a.maxVertrouwelijkheidaanduiding() != null ? a.maxVertrouwelijkheidaanduiding().value() : null;
            entities.add(e);
        }
        entity.autorisaties.addAll(entities);
    }
}
