package io.openecma.core.export;

import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeModificationType;
import io.openecma.schemas.ecma.CSEntryChangeResult;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A change of the anchor attribute among the attribute changes an Export script returned with a
 * successful result ({@code CSEntryChangeResult.Create($id, $anchorChanges, 'Success')}): the new
 * anchor, or why it cannot be one (an anchor has exactly one non-empty value and is never removed).
 *
 * @param value   the new anchor as stored in the attributes (String, Long, ...), null when refused
 * @param problem why the returned change cannot be an anchor, null when it can
 */
record ReturnedAnchor(String attribute, Object value, String problem) {

    /**
     * @param anchorAttributes the names the object's anchor attribute goes by (compared ignoring case)
     */
    static Optional<ReturnedAnchor> in(CSEntryChangeResult result, Set<String> anchorAttributes) {
        if (result == null) {
            return Optional.empty();
        }
        return result.attributeChanges().stream()
                .filter(c -> anchorAttributes.stream().anyMatch(a -> a.equalsIgnoreCase(c.name())))
                .findFirst().map(ReturnedAnchor::of);
    }

    private static ReturnedAnchor of(AttributeChange change) {
        if (change.modificationType() == AttributeModificationType.Delete) {
            return refused(change, "the Export script removed the anchor attribute '" + change.name() + "'");
        }
        List<Object> values = change.addedValues();
        if (values.size() != 1) {
            return refused(change, "the Export script returned " + values.size() + " values for the anchor attribute '"
                    + change.name() + "'; an anchor has exactly one");
        }
        if (String.valueOf(values.get(0)).isBlank()) {
            return refused(change, "the Export script returned an empty value for the anchor attribute '"
                    + change.name() + "'");
        }
        return new ReturnedAnchor(change.name(), values.get(0), null);
    }

    private static ReturnedAnchor refused(AttributeChange change, String problem) {
        return new ReturnedAnchor(change.name(), null, problem);
    }

    /** The anchor as the connector space keys it. */
    String anchor() {
        return String.valueOf(value);
    }
}
