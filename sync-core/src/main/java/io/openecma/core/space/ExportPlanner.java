package io.openecma.core.space;

import io.openecma.schemas.definition.DeleteFlow;
import io.openecma.schemas.definition.DisableFlow;
import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeModificationType;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.ValueChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns the difference between what the target holds and what SCIM wants into the CSEntryChange
 * the connector's Export Type calls for, after applying its deprovisioning settings. Because the
 * export is computed from the two states and not from the requests, any number of changes that
 * waited behind an export in flight become one export.
 */
public final class ExportPlanner {

    private final ExportSettings settings;

    public ExportPlanner(ExportSettings settings) {
        this.settings = settings;
    }

    public ExportPlan plan(String objectType, String anchor, String dn, ConfirmedState confirmed,
                           DesiredState desired, AttributeShapes shapes) {
        if (desired.deleted()) {
            return planDelete(objectType, anchor, dn, confirmed);
        }
        if (!desired.active() && settings.disableFlow() == DisableFlow.Delete) {
            ConfirmedState after = new ConfirmedState(desired.attributes(), false, false);
            return new ExportPlan(confirmed.inTarget() ? delete(objectType, anchor, dn) : null, after, false);
        }
        Map<String, Object> effective = withDisableAttribute(desired, shapes);
        ConfirmedState after = new ConfirmedState(effective, desired.active(), true);
        if (!confirmed.inTarget()) {
            return new ExportPlan(add(objectType, anchor, dn, effective), after, false);
        }
        List<String> changed = changedAttributes(confirmed.attributes(), effective);
        if (changed.isEmpty()) {
            return new ExportPlan(null, after, false);
        }
        return new ExportPlan(update(objectType, anchor, dn, confirmed.attributes(), effective, changed, shapes),
                after, false);
    }

    private ExportPlan planDelete(String objectType, String anchor, String dn, ConfirmedState confirmed) {
        if (settings.deleteFlow() == DeleteFlow.None) {
            // the object stays in the target; SCIM sees it as inactive
            return new ExportPlan(null, new ConfirmedState(confirmed.attributes(), false, confirmed.inTarget()), false);
        }
        return new ExportPlan(confirmed.inTarget() ? delete(objectType, anchor, dn) : null,
                ConfirmedState.absent(), true);
    }

    /**
     * The desired attributes plus the Boolean the SetAttribute disable flow maps active to. An object
     * type whose schema has no such attribute (a Group, when the flow names the User's IsActive) is
     * left as it is: there is nothing to set, and exporting it would make the target refuse the object.
     */
    private Map<String, Object> withDisableAttribute(DesiredState desired, AttributeShapes shapes) {
        String attribute = settings.deprovisioning().disableAttribute();
        Object disabledValue = settings.deprovisioning().disableValue();
        if (settings.disableFlow() != DisableFlow.SetAttribute || attribute == null || disabledValue == null
                || shapes.lacks(attribute)) {
            return desired.attributes();
        }
        Map<String, Object> effective = new LinkedHashMap<>(desired.attributes());
        effective.keySet().removeIf(key -> key.equalsIgnoreCase(attribute));
        if (!desired.active()) {
            effective.put(attribute, disabledValue);
        } else if (disabledValue instanceof Boolean disabled) {
            effective.put(attribute, !disabled);
        } else if (AttributeMap.get(desired.attributes(), attribute) != null) {
            effective.put(attribute, AttributeMap.get(desired.attributes(), attribute));
        }
        return effective;
    }

    private CSEntryChange add(String objectType, String anchor, String dn, Map<String, Object> attributes) {
        List<AttributeChange> changes = new ArrayList<>();
        attributes.forEach((name, value) -> changes.add(
                new AttributeChange(name, AttributeModificationType.Add, adds(AttributeMap.values(attributes, name)))));
        return entry(objectType, anchor, dn, ObjectModificationType.Add, changes);
    }

    private CSEntryChange delete(String objectType, String anchor, String dn) {
        return entry(objectType, anchor, dn, ObjectModificationType.Delete, List.of());
    }

    private CSEntryChange update(String objectType, String anchor, String dn, Map<String, Object> before,
                                 Map<String, Object> after, List<String> changed, AttributeShapes shapes) {
        if (settings.exportType() == ExportType.ObjectReplace) {
            CSEntryChange all = add(objectType, anchor, dn, after);
            return entry(objectType, anchor, dn, ObjectModificationType.Replace, all.attributeChanges());
        }
        List<AttributeChange> changes = new ArrayList<>();
        for (String name : changed) {
            List<Object> old = AttributeMap.values(before, name);
            List<Object> now = AttributeMap.values(after, name);
            changes.add(attributeChange(name, old, now, shapes));
        }
        return entry(objectType, anchor, dn, ObjectModificationType.Update, changes);
    }

    private AttributeChange attributeChange(String name, List<Object> old, List<Object> now, AttributeShapes shapes) {
        if (now.isEmpty()) {
            return AttributeChange.delete(name);
        }
        boolean valueDeltas = switch (settings.exportType()) {
            case AttributeUpdate -> !old.isEmpty() && isMultiValued(name, old, now, shapes);
            case MultivaluedReferenceAttributeUpdate -> !old.isEmpty() && shapes.isMultiValuedReference(name);
            default -> false;
        };
        if (valueDeltas) {
            List<ValueChange> deltas = new ArrayList<>();
            now.stream().filter(v -> !old.contains(v)).forEach(v -> deltas.add(ValueChange.add(v)));
            old.stream().filter(v -> !now.contains(v)).forEach(v -> deltas.add(ValueChange.delete(v)));
            return AttributeChange.update(name, deltas);
        }
        AttributeModificationType type = settings.exportType() == ExportType.AttributeUpdate && old.isEmpty()
                ? AttributeModificationType.Add : AttributeModificationType.Replace;
        return new AttributeChange(name, type, adds(now));
    }

    private static boolean isMultiValued(String name, List<Object> old, List<Object> now, AttributeShapes shapes) {
        return shapes.multiValued(name).orElse(old.size() > 1 || now.size() > 1);
    }

    /** Names whose value sets differ, in the spelling of the desired state. */
    static List<String> changedAttributes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, String> names = new LinkedHashMap<>();
        before.keySet().forEach(n -> names.put(n.toLowerCase(Locale.ROOT), n));
        after.keySet().forEach(n -> names.put(n.toLowerCase(Locale.ROOT), n));
        Set<String> changed = new LinkedHashSet<>();
        for (String name : names.values()) {
            if (!AttributeMap.sameValues(AttributeMap.values(before, name), AttributeMap.values(after, name))) {
                changed.add(name);
            }
        }
        return List.copyOf(changed);
    }

    private CSEntryChange entry(String objectType, String anchor, String dn, ObjectModificationType type,
                                List<AttributeChange> changes) {
        return new CSEntryChange(UUID.randomUUID(), objectType, dn == null ? defaultDn(objectType, anchor) : dn, type,
                List.of(new AnchorAttribute(settings.anchorAttribute() == null ? "Anchor" : settings.anchorAttribute(),
                        anchor)), changes);
    }

    /** {@link #defaultDn} read back: group 1 the anchor, group 2 the object type (in capitals). */
    public static final Pattern DEFAULT_DN = Pattern.compile("CN=(.+),OBJECT=([^,=]+)", Pattern.CASE_INSENSITIVE);

    /** ECMA2Host's generated DN form. */
    public static String defaultDn(String objectType, String anchor) {
        return "CN=" + anchor + ",OBJECT=" + objectType.toUpperCase(Locale.ROOT);
    }

    private static List<ValueChange> adds(List<Object> values) {
        return values.stream().map(ValueChange::add).toList();
    }
}
