package io.openecma.ingress.scim.filter;

import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.ScimSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterParserTest {

    @Test
    void entraProbeOnUnknownAttribute() {
        Filter filter = FilterParser.parseFilter("PLACEHOLDER eq \"9a5c8b3e-7d2f-4a61-b1f0-3c2e9d8a7b6c\"");
        Filter.Compare compare = assertInstanceOf(Filter.Compare.class, filter);
        assertEquals("PLACEHOLDER", compare.path().name());
        assertEquals(CompareOp.EQ, compare.op());
        assertEquals("9a5c8b3e-7d2f-4a61-b1f0-3c2e9d8a7b6c", compare.value());
    }

    @Test
    void urnQualifiedExtensionAttribute() {
        Filter.Compare compare = (Filter.Compare) FilterParser.parseFilter(
                ScimSchemas.ECMA2HOST_USER + ":login eq \"jdoe\"");
        assertEquals(ScimSchemas.ECMA2HOST_USER, compare.path().urn());
        assertEquals("login", compare.path().name());
        assertNull(compare.path().sub());
    }

    @Test
    void coreUrnPrefixIsDroppedAndCaseOfOperatorsIgnored() {
        Filter.Compare compare = (Filter.Compare) FilterParser.parseFilter(
                "urn:ietf:params:scim:schemas:core:2.0:User:userName EQ \"a\"");
        assertNull(compare.path().urn());
        assertEquals("userName", compare.path().name());
    }

    @Test
    void entraEmailLookupIsAValuePathWithTheSubComparisonInside() {
        Filter filter = FilterParser.parseFilter("emails[type eq \"work\"].value eq \"x@example.com\"");
        Filter.ValuePath valuePath = assertInstanceOf(Filter.ValuePath.class, filter);
        assertEquals("emails", valuePath.path().name());
        Filter.And and = assertInstanceOf(Filter.And.class, valuePath.inner());
        assertEquals("type", ((Filter.Compare) and.left()).path().name());
        Filter.Compare value = (Filter.Compare) and.right();
        assertEquals("value", value.path().name());
        assertEquals("x@example.com", value.value());
    }

    @Test
    void precedenceIsNotThenAndThenOr() {
        Filter filter = FilterParser.parseFilter("a eq 1 or b eq 2 and not (c pr)");
        Filter.Or or = assertInstanceOf(Filter.Or.class, filter);
        assertInstanceOf(Filter.Compare.class, or.left());
        Filter.And and = assertInstanceOf(Filter.And.class, or.right());
        assertInstanceOf(Filter.Not.class, and.right());
    }

    @Test
    void parenthesesGroup() {
        Filter filter = FilterParser.parseFilter("(a eq 1 or b eq 2) and c eq 3");
        Filter.And and = assertInstanceOf(Filter.And.class, filter);
        assertInstanceOf(Filter.Or.class, and.left());
    }

    @Test
    void literalsOfEveryType() {
        assertEquals(Boolean.TRUE, ((Filter.Compare) FilterParser.parseFilter("active eq true")).value());
        assertEquals(42L, ((Filter.Compare) FilterParser.parseFilter("n gt 42")).value());
        assertEquals(1.5, ((Filter.Compare) FilterParser.parseFilter("n le 1.5")).value());
        assertNull(((Filter.Compare) FilterParser.parseFilter("n eq null")).value());
        assertEquals("a\"b\\c", ((Filter.Compare) FilterParser.parseFilter("n eq \"a\\\"b\\\\c\"")).value());
    }

    @Test
    void everyOperatorParses() {
        for (String op : new String[]{"eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"}) {
            Filter.Compare compare = (Filter.Compare) FilterParser.parseFilter("title " + op + " \"x\"");
            assertEquals(op.toUpperCase(), compare.op().name());
        }
        assertInstanceOf(Filter.Present.class, FilterParser.parseFilter("title pr"));
    }

    @Test
    void subAttributePath() {
        Filter.Compare compare = (Filter.Compare) FilterParser.parseFilter("name.givenName sw \"Ba\"");
        assertEquals("name", compare.path().name());
        assertEquals("givenName", compare.path().sub());
        Filter.Compare meta = (Filter.Compare) FilterParser.parseFilter("meta.lastModified gt \"2011-05-13T04:42:34Z\"");
        assertEquals("lastModified", meta.path().sub());
    }

    @ParameterizedTest
    @ValueSource(strings = {"userName eq", "userName xx \"a\"", "userName eq \"unterminated", "(a eq 1",
            "a eq 1)", "emails[type eq \"work\"", "a eq 1 and", "eq \"x\"", "a eq and", "a eq two words", "1abc eq 2",
            "emails[x[y eq 1]] eq 2", "a eq \"\\q\""})
    void malformedFiltersAreInvalidFilter(String filter) {
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parseFilter(filter));
        assertEquals(400, e.status());
        assertEquals("invalidFilter", e.scimType());
        assertTrue(e.getMessage().contains("position"), e.getMessage());
    }

    /** Beyond RFC 7644 (which asks for quotes): the shapes Microsoft's SCIM test collection sends. */
    @Test
    void unquotedSingleWordsAreStrings() {
        Filter.Compare sw = (Filter.Compare) FilterParser.parseFilter("userName sw O");
        assertEquals(CompareOp.SW, sw.op());
        assertEquals("O", sw.value());
        Filter.Compare created = (Filter.Compare) FilterParser.parseFilter(
                "meta.Created gt 2015-10-10T14:38:21.8617979-07:00");
        assertEquals("2015-10-10T14:38:21.8617979-07:00", created.value());
        Filter.And and = assertInstanceOf(Filter.And.class, FilterParser.parseFilter(
                "name.FamilyName eq Employee and (emails.Value co example.com or emails.Value co example.org)"));
        assertEquals("Employee", ((Filter.Compare) and.left()).value());
        Filter.Or or = assertInstanceOf(Filter.Or.class, and.right());
        assertEquals("example.org", ((Filter.Compare) or.right()).value());
        // words with a JSON meaning keep it
        assertEquals(42L, ((Filter.Compare) FilterParser.parseFilter("a eq 42")).value());
        assertEquals(Boolean.TRUE, ((Filter.Compare) FilterParser.parseFilter("a eq true")).value());
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String filter = "(".repeat(2000) + "a eq 1" + ")".repeat(2000);
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parseFilter(filter));
        assertEquals("invalidFilter", e.scimType());
    }

    @Test
    void patchPathForms() {
        PatchPath simple = FilterParser.parsePath("nickName");
        assertEquals("nickName", simple.attr().name());
        PatchPath filtered = FilterParser.parsePath("emails[type eq \"work\"].value");
        assertEquals("emails", filtered.attr().name());
        assertEquals("value", filtered.elementSub());
        assertInstanceOf(Filter.Compare.class, filtered.valueFilter());
        PatchPath urn = FilterParser.parsePath(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber");
        assertEquals(ScimSchemas.ENTERPRISE_USER, urn.attr().urn());
        assertEquals("employeeNumber", urn.attr().name());
        PatchPath members = FilterParser.parsePath("members[value eq \"2819c223\"]");
        assertNull(members.elementSub());
        ScimException e = assertThrows(ScimException.class, () -> FilterParser.parsePath("emails[type eq"));
        assertEquals("invalidPath", e.scimType());
    }
}
