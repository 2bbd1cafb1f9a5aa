package nl.zgw.shared.ref;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a remote {@link ResourceUrl} as its full URL text. */
@Converter
public class ResourceUrlConverter implements AttributeConverter<ResourceUrl, String> {

    @Override
    public String convertToDatabaseColumn(ResourceUrl attribute) {
        return attribute == null ? null : attribute.toString();
    }

    @Override
    public ResourceUrl convertToEntityAttribute(String dbData) {
        return dbData == null ? null : ResourceUrl.of(dbData);
    }
}
