package io.openecma.ingress.scim.patch;

import io.openecma.ingress.scim.ScimException;

import java.util.Locale;

/** PATCH operation kinds; Entra spells them "Add"/"Replace"/"Remove" or lowercase. */
public enum PatchOp {
    ADD, REPLACE, REMOVE;

    public static PatchOp parse(String text) {
        if (text != null) {
            switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "add":
                    return ADD;
                case "replace":
                    return REPLACE;
                case "remove":
                    return REMOVE;
                default:
                    break;
            }
        }
        throw ScimException.invalidSyntax("'" + text + "' is not a PATCH op (add, replace or remove)");
    }
}
