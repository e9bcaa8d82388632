package io.openecma.ingress.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.openecma.ingress.scim.ScimException;
import io.openecma.schemas.events.Json;

import java.io.IOException;

/**
 * Parses request bodies with tight limits (nesting depth, string length) and turns every parse
 * failure into a 400 {@code invalidSyntax} that says what and where, without a stack trace. Data
 * after the JSON value is refused, and so is text that cannot be stored ({@link JsonTextScreen}).
 * Writes responses with the contracts' mapper.
 */
public final class ScimJson {

    /** SCIM resources nest three levels at most; deeper input is refused while parsing. */
    public static final int MAX_NESTING = 16;

    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                            .maxStringLength(1_000_000).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // "{...} garbage" is not one JSON value: refused, not read up to the first value's end
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ScimJson() {
    }

    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw ScimException.invalidSyntax("the request body is empty");
        }
        try {
            JsonNode node = READER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ScimException.invalidSyntax("the request body is empty");
            }
            JsonTextScreen.check(node);
            return node;
        } catch (StreamConstraintsException e) {
            throw ScimException.invalidSyntax("the JSON body nests deeper than " + MAX_NESTING + " levels or has an"
                    + " oversized value");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ScimException.invalidSyntax("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw ScimException.invalidSyntax("the request body could not be read: " + e.getMessage());
        }
    }

    public static byte[] write(Object body) {
        return Json.writeBytes(body);
    }
}
