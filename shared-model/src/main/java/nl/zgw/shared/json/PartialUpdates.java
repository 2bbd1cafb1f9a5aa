package nl.zgw.shared.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;

import java.util.Set;

/**
 * PATCH as the ZGW APIs do it: the fields sent replace those of the resource, and the result must
 * be valid as a whole. A field of the wrong shape is reported like any bad body (400 with its
 * name); a result that breaks a constraint like any invalid body.
 */
@ApplicationScoped
public class PartialUpdates {

    private final ObjectMapper json;
    private final Validator validator;

    public PartialUpdates(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The current representation as a JSON object, to add write-only fields to before merging. */
    public ObjectNode tree(Object current) {
        return json.valueToTree(current);
    }

    public <T> T merge(Object current, ObjectNode patch, Class<T> type) {
        return merge(tree(current), patch, type);
    }

    public <T> T merge(ObjectNode base, ObjectNode patch, Class<T> type) {
        base.setAll(patch);
        T merged;
        try {
            merged = json.treeToValue(base, type);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(e); // mapped like any body of the wrong shape
        }
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }
}
