package io.openecma.ingress.scim.filter;

/**
 * A PATCH path: {@code attr}, {@code attr.sub}, {@code attr[filter]} or {@code attr[filter].sub}
 * (each optionally urn-qualified). {@code valueFilter} selects elements of a multi-valued attribute;
 * {@code elementSub} is the sub-attribute of those elements.
 */
public record PatchPath(AttrPath attr, Filter valueFilter, String elementSub) {
}
