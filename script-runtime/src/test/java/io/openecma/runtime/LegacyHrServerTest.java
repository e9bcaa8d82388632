package io.openecma.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.schemas.events.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo "legacy HR" application the REST sample connector talks to. */
class LegacyHrServerTest {

    private static LegacyHr hr;

    @BeforeAll
    static void start() {
        hr = LegacyHr.start();
    }

    @AfterAll
    static void stop() {
        hr.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    @Test
    void pagesThroughUsersWithOffsetAndLimit() throws Exception {
        JsonNode first = json(hr.call("GET", "/api/users?offset=0&limit=2", null));
        assertEquals(2, first.get("users").size());
        assertEquals(2, first.get("nextOffset").asInt());
        JsonNode rest = json(hr.call("GET", "/api/users?offset=2&limit=2", null));
        assertTrue(rest.get("users").size() >= 1);
    }

    @Test
    void createUpdateDeactivateDeleteAndSeeItInADeltaRead() throws Exception {
        String since = json(hr.call("GET", "/api/users?limit=1", null)).get("serverTime").asText();
        assertEquals(201, hr.call("POST", "/api/users", "{\"employeeId\":\"5001\",\"userName\":\"new.one\"}").statusCode());
        assertEquals(409, hr.call("POST", "/api/users", "{\"employeeId\":\"5001\"}").statusCode());
        assertEquals("Ops", json(hr.call("PATCH", "/api/users/5001", "{\"department\":\"Ops\"}")).get("department").asText());
        assertEquals(400, hr.call("PATCH", "/api/users/5001", "{\"employeeId\":\"9\"}").statusCode());
        assertEquals("inactive", json(hr.call("PUT", "/api/users/5001/status", "{\"status\":\"inactive\"}")).get("status").asText());
        assertEquals(204, hr.call("DELETE", "/api/users/5001", null).statusCode());
        assertEquals(404, hr.call("GET", "/api/users/5001", null).statusCode());

        JsonNode delta = json(hr.call("GET", "/api/users?changedSince=" + since, null));
        JsonNode last = delta.get("users").get(delta.get("users").size() - 1);
        assertEquals("5001", last.get("employeeId").asText());
        assertTrue(last.get("deleted").asBoolean());
    }

    @Test
    void passwordsFollowPolicyAndCheckTheOldOne() throws Exception {
        assertEquals(400, hr.call("POST", "/api/users/1002/password", "{\"newPassword\":\"short\"}").statusCode());
        assertEquals(204, hr.call("POST", "/api/users/1002/password", "{\"newPassword\":\"Initial#1\"}").statusCode());
        HttpResponse<String> wrong = hr.call("POST", "/api/users/1002/password", "{\"oldPassword\":\"nope\",\"newPassword\":\"Other#123\"}");
        assertEquals(403, wrong.statusCode());
        assertEquals("old-password", json(wrong).get("error").asText());
        assertEquals(204, hr.call("POST", "/api/users/1002/password", "{\"oldPassword\":\"Initial#1\",\"newPassword\":\"Other#123\"}").statusCode());
    }

    @Test
    void anOutageAnswers503AndAWrongKey401() throws Exception {
        assertEquals(200, hr.call("PUT", "/admin/outage", "{\"down\":true}").statusCode());
        try {
            assertEquals(503, hr.call("GET", "/api/users", null).statusCode());
        } finally {
            hr.call("PUT", "/admin/outage", "{\"down\":false}");
        }
        HttpResponse<String> noKey = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(hr.baseUrl() + "/api/users")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, noKey.statusCode());
        assertEquals(400, hr.call("POST", "/api/users", "{not json").statusCode());
    }
}
