package io.openecma.core.console;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayloadRedactorTest {

    @Test
    void jsonValuesUnderPasswordLikeNamesAreHiddenWhateverTheirShape() {
        String shown = PayloadRedactor.redact("""
                {"anchor":"e1","password":"p1","nested":{"newPassword":"p2","oldPassword":"p3"},
                 "envelope":{"keyId":"k","ciphertext":"c1"},"hasPassword":true,"title":"Engineer"}""");
        for (String secret : new String[]{"p1", "p2", "p3", "c1"}) {
            assertFalse(shown.contains("\"" + secret + "\""), secret + " in " + shown);
        }
        assertTrue(shown.contains("\"hasPassword\" : true") && shown.contains("Engineer"), shown);
    }

    @Test
    void anAttributeNamedByAValueHasItsValuesHidden() {
        String shown = PayloadRedactor.redact("{\"changes\":[{\"name\":\"userPassword\",\"values\":[\"pw\"]},"
                + "{\"name\":\"title\",\"values\":[\"Boss\"]}]}");
        assertFalse(shown.contains("\"pw\""), shown);
        assertTrue(shown.contains("Boss") && shown.contains("userPassword"), shown);
    }

    @Test
    void textThatIsNotJsonHasItsPasswordPairsMasked() {
        assertEquals("bad record: password=(hidden), user=ada",
                PayloadRedactor.redact("bad record: password=hunter2, user=ada"));
        assertEquals("{\"password\": (hidden), broken",
                PayloadRedactor.redact("{\"password\": \"hunter2\", broken"));
    }

    @Test
    void aReasonQuotingThePayloadsPasswordHasItMaskedToo() {
        String payload = "{\"anchor\":\"E9\",\"password\":\"Hidden-Pass-4711\",\"operation\":";
        String reason = "not a valid ScimChangeEvent: no String-argument constructor (from String value ('Hidden-Pass-4711'))";
        assertEquals("not a valid ScimChangeEvent: no String-argument constructor (from String value ('(hidden)'))",
                PayloadRedactor.redact(reason, payload));
        assertEquals("bad: (hidden)", PayloadRedactor.redact("bad: s3cr3t-value",
                "{\"changes\":[{\"name\":\"userPassword\",\"values\":[\"s3cr3t-value\"]}]}"));
    }

    @Test
    void chartScalesEndOnRoundNumbers() {
        assertEquals(1, SvgChart.niceCeiling(0));
        assertEquals(5, SvgChart.niceCeiling(3.2));
        assertEquals(200, SvgChart.niceCeiling(101));
        assertEquals(0.5, SvgChart.niceCeiling(0.31), 1e-9);
    }
}
