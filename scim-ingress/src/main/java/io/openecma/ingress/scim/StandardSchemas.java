package io.openecma.ingress.scim;

import java.util.List;

import static io.openecma.ingress.scim.ScimAttribute.complex;
import static io.openecma.ingress.scim.ScimAttribute.of;
import static io.openecma.ingress.scim.ScimAttribute.string;

/** The fixed RFC 7643 schemas: core User, core Group and the enterprise User extension. */
public final class StandardSchemas {

    private static final List<ScimAttribute> MULTI_VALUE_SUBS = List.of(string("value", "The value."),
            string("display", "A human-readable name."), string("type", "A label such as work or home."),
            of("primary", "boolean", false, "The preferred value."));

    public static final ScimSchema USER = new ScimSchema(ScimSchemas.CORE_USER, "User", "User Account", List.of(
            string("userName", "Unique identifier for the User.").required(true).unique("server"),
            complex("name", false, "The components of the user's name.", List.of(
                    string("formatted", "The full name."), string("familyName", "The family name."),
                    string("givenName", "The given name."), string("middleName", "The middle name."),
                    string("honorificPrefix", "The honorific prefix."),
                    string("honorificSuffix", "The honorific suffix."))),
            string("displayName", "The name displayed to end-users."),
            string("nickName", "The casual name."),
            of("profileUrl", "reference", false, "The online profile."),
            string("title", "The title."),
            string("userType", "The relationship to the organization."),
            string("preferredLanguage", "The preferred language."),
            string("locale", "The default location."),
            string("timezone", "The time zone."),
            of("active", "boolean", false, "The administrative status."),
            string("password", "The cleartext password; never returned.").mutability("writeOnly", "never"),
            complex("emails", true, "Email addresses.", MULTI_VALUE_SUBS),
            complex("phoneNumbers", true, "Phone numbers.", MULTI_VALUE_SUBS),
            complex("ims", true, "Instant messaging addresses.", MULTI_VALUE_SUBS),
            complex("photos", true, "Photo URLs.", MULTI_VALUE_SUBS),
            complex("addresses", true, "Physical mailing addresses.", List.of(
                    string("formatted", "The full address."), string("streetAddress", "The street."),
                    string("locality", "The city."), string("region", "The state or region."),
                    string("postalCode", "The postal code."), string("country", "The country."),
                    string("type", "A label such as work or home."),
                    of("primary", "boolean", false, "The preferred address."))),
            complex("groups", true, "The groups the user belongs to.", MULTI_VALUE_SUBS)
                    .mutability("readOnly", "default"),
            complex("entitlements", true, "Entitlements.", MULTI_VALUE_SUBS),
            complex("roles", true, "Roles.", MULTI_VALUE_SUBS),
            complex("x509Certificates", true, "Certificates.", MULTI_VALUE_SUBS)));

    public static final ScimSchema GROUP = new ScimSchema(ScimSchemas.CORE_GROUP, "Group", "Group", List.of(
            string("displayName", "A human-readable name for the Group.").required(true),
            complex("members", true, "The members of the Group.", List.of(
                    string("value", "The member's id."), of("$ref", "reference", false, "The member's URI."),
                    string("display", "The member's name."), string("type", "User or Group.")))));

    public static final ScimSchema ENTERPRISE_USER = new ScimSchema(ScimSchemas.ENTERPRISE_USER, "EnterpriseUser",
            "Enterprise User", List.of(
            string("employeeNumber", "The employee number."),
            string("costCenter", "The cost center."),
            string("organization", "The organization."),
            string("division", "The division."),
            string("department", "The department."),
            complex("manager", false, "The user's manager.", List.of(
                    string("value", "The manager's id."), of("$ref", "reference", false, "The manager's URI."),
                    string("displayName", "The manager's name.").mutability("readOnly", "default")))));

    /** Attributes every resource has besides its schema's: id, externalId, meta, schemas. */
    public static final List<String> COMMON = List.of("id", "externalId", "meta", "schemas");

    private StandardSchemas() {
    }
}
