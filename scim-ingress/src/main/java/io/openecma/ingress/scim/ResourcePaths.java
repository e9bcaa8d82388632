package io.openecma.ingress.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.scim.filter.AttrPath;
import io.openecma.ingress.scim.filter.ElementMatcher;
import io.openecma.ingress.scim.filter.PatchPath;

/** Reads the value a path names from a resource in JSON form (null when absent). */
public final class ResourcePaths {

    private ResourcePaths() {
    }

    public static JsonNode read(ObjectNode resource, PatchPath path) {
        AttrPath attr = path.attr();
        ObjectNode container = ResourceNodes.container(resource, attr.urn(), false);
        JsonNode node = ResourceNodes.get(container, attr.name());
        if (node == null || node.isNull()) {
            return null;
        }
        if (path.valueFilter() != null) {
            if (!node.isArray()) {
                return null;
            }
            for (JsonNode element : node) {
                if (ElementMatcher.matches(element, path.valueFilter())) {
                    return path.elementSub() == null ? element : ResourceNodes.get(element, path.elementSub());
                }
            }
            return null;
        }
        if (attr.sub() != null) {
            JsonNode holder = node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
            return ResourceNodes.get(holder, attr.sub());
        }
        return node;
    }
}
