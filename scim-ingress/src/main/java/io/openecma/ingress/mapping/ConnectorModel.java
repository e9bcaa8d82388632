package io.openecma.ingress.mapping;

import io.openecma.ingress.scim.ResourceModel;
import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.ScimSchemas;
import io.openecma.ingress.scim.StandardSchemas;
import io.openecma.ingress.scim.filter.FilterParser;
import io.openecma.ingress.scim.filter.PatchPath;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ScimMapping;
import io.openecma.schemas.definition.PatchAnswer;
import io.openecma.schemas.definition.ScimOptions;
import io.openecma.schemas.definition.UnmappedAttributes;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.openecma.schemas.events.ConnectorSnapshot;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the ingress needs of one connector, built once per snapshot: its token hash, and the User
 * and (when the connector has a Group object type) Group mappings. The User mapping binds every
 * selected connector attribute to {@code urn:...:ECMA2Host:2.0:User:<attribute>} and then the
 * definition's own core/enterprise mappings. The Group mapping binds {@code displayName},
 * {@code externalId} and {@code members} to the Group type's attributes of those names
 * ({@code member} also serves members). {@code patchAnswer} is the definition's {@code scim.patchAnswer}.
 */
public record ConnectorModel(String name, String tokenHash, boolean passwords, ResourceMapping users,
                             Optional<ResourceMapping> groups, PatchAnswer patchAnswer) {

    private static final Logger LOG = Logger.getLogger(ConnectorModel.class);
    public static final String GROUP_TYPE = "Group";

    public static ConnectorModel from(ConnectorSnapshot snapshot) {
        ConnectorDefinition definition = snapshot.definition();
        Optional<SchemaType> userType = snapshot.schema() == null ? Optional.empty()
                : snapshot.schema().type(definition.objectType());
        List<SchemaAttribute> attributes = userAttributes(definition, userType);
        String store = unmappedStore(definition, attributes);
        if (store != null) {
            // the store is the ingress's own: not offered as an extension attribute
            attributes = attributes.stream().filter(a -> !a.name().equalsIgnoreCase(store)).toList();
        }
        List<Binding> bindings = new ArrayList<>();
        for (SchemaAttribute attribute : attributes) {
            bindings.add(binding(ScimSchemas.ECMA2HOST_USER + ":" + attribute.name(), attribute));
        }
        for (ScimMapping mapping : definition.scimMappings()) {
            SchemaAttribute attribute = attributes.stream().filter(a -> a.name().equalsIgnoreCase(mapping.attribute()))
                    .findFirst().orElse(SchemaAttribute.singleValued(mapping.attribute(), AttributeType.String));
            try {
                bindings.add(binding(mapping.scimPath(), attribute));
            } catch (ScimException e) {
                LOG.errorf("connector %s: SCIM mapping '%s' -> %s ignored: %s", definition.name(), mapping.scimPath(),
                        mapping.attribute(), e.getMessage());
            }
        }
        ResourceModel userModel = new ResourceModel("User", "/Users", StandardSchemas.USER,
                List.of(StandardSchemas.ENTERPRISE_USER, ExtensionSchemaBuilder.build(attributes)));
        String objectType = userType.map(SchemaType::name).orElse(definition.objectType());
        ResourceMapping users = new ResourceMapping(userModel, objectType,
                canonical(attributes, definition.anchorAttribute()), bindings, store, chosenByTarget(definition));
        Optional<ResourceMapping> groups = snapshot.schema() == null ? Optional.empty()
                : snapshot.schema().type(GROUP_TYPE).filter(t -> !t.name().equalsIgnoreCase(objectType))
                .map(t -> groupMapping(t, unmappedStore(definition, t.attributes()), chosenByTarget(definition)));
        boolean passwords = definition.capabilities() != null && definition.capabilities().enablePasswordOperations();
        PatchAnswer patchAnswer = definition.scim() == null ? PatchAnswer.resource : definition.scim().patchAnswer();
        return new ConnectorModel(definition.name(), definition.secretTokenHash(), passwords, users, groups, patchAnswer);
    }

    /** The selected attributes (all when none are selected) plus the anchor; names only until the schema is known. */
    private static List<SchemaAttribute> userAttributes(ConnectorDefinition definition, Optional<SchemaType> type) {
        List<String> selected = definition.selectedAttributes();
        if (type.isEmpty()) {
            List<SchemaAttribute> untyped = new ArrayList<>();
            untyped.add(SchemaAttribute.anchor(definition.anchorAttribute(), AttributeType.String));
            selected.stream().filter(s -> !s.equalsIgnoreCase(definition.anchorAttribute()))
                    .forEach(s -> untyped.add(SchemaAttribute.singleValued(s, AttributeType.String)));
            return untyped;
        }
        return type.get().attributes().stream()
                .filter(a -> selected.isEmpty() || a.anchor() || a.name().equalsIgnoreCase(definition.anchorAttribute())
                        || selected.stream().anyMatch(s -> s.equalsIgnoreCase(a.name())))
                .toList();
    }

    /**
     * The attribute (canonical spelling) that stores unmapped SCIM attributes, or null when they are
     * refused: the connector says reject, or says store but the object type has no such attribute
     * (then refusing is the only honest answer, and the log says why).
     */
    private static String unmappedStore(ConnectorDefinition definition, List<SchemaAttribute> attributes) {
        ScimOptions options = definition.scim();
        if (options == null || options.unmappedAttributes() != UnmappedAttributes.store) {
            return null;
        }
        String wanted = options.unmappedAttributesStore();
        Optional<String> found = attributes.stream().map(SchemaAttribute::name)
                .filter(n -> n.equalsIgnoreCase(wanted)).findFirst();
        if (found.isEmpty()) {
            LOG.warnf("connector %s: scim.unmappedAttributesStore '%s' is not an attribute of this object type;"
                    + " unmapped attributes are refused for it", definition.name(), wanted);
        }
        return found.orElse(null);
    }

    private static boolean chosenByTarget(ConnectorDefinition definition) {
        return definition.scim() != null && definition.scim().anchorChosenByTarget();
    }

    private static ResourceMapping groupMapping(SchemaType type, String store, boolean anchorChosenByTarget) {
        List<Binding> bindings = new ArrayList<>();
        type.attribute("displayName").ifPresent(a -> bindings.add(binding("displayName", a)));
        type.attribute("externalId").ifPresent(a -> bindings.add(binding("externalId", a)));
        type.attribute("members").or(() -> type.attribute("member"))
                .ifPresent(a -> bindings.add(binding("members", a)));
        String anchor = type.anchorAttributes().stream().findFirst().map(SchemaAttribute::name)
                .orElse(type.attribute("displayName").map(SchemaAttribute::name).orElse("displayName"));
        ResourceModel model = new ResourceModel("Group", "/Groups", StandardSchemas.GROUP, List.of());
        return new ResourceMapping(model, type.name(), anchor, bindings, store, anchorChosenByTarget);
    }

    private static Binding binding(String text, SchemaAttribute attribute) {
        PatchPath path = FilterParser.parsePath(text);
        return new Binding(text, path, attribute);
    }

    private static String canonical(List<SchemaAttribute> attributes, String name) {
        return attributes.stream().map(SchemaAttribute::name).filter(n -> n.equalsIgnoreCase(name)).findFirst()
                .orElse(name);
    }

    /** The mapping serving a resource type path segment ("Users" or "Groups"). */
    public Optional<ResourceMapping> mapping(String resourceType) {
        return "Users".equals(resourceType) ? Optional.of(users) : "Groups".equals(resourceType) ? groups
                : Optional.empty();
    }
}
