package io.openecma.powershell.types;

/**
 * System.Net.HttpStatusCode as .NET Framework 4.x defines it (what Windows PowerShell 5.1's web
 * errors carry in {@code $_.Exception.Response.StatusCode}): prints as its name, compares and
 * casts as its number.
 */
public enum HttpStatusCode implements DotNetEnum {
    Continue(100), SwitchingProtocols(101),
    OK(200), Created(201), Accepted(202), NonAuthoritativeInformation(203), NoContent(204), ResetContent(205),
    PartialContent(206),
    MultipleChoices(300), MovedPermanently(301), Found(302), SeeOther(303), NotModified(304), UseProxy(305),
    Unused(306), TemporaryRedirect(307),
    BadRequest(400), Unauthorized(401), PaymentRequired(402), Forbidden(403), NotFound(404), MethodNotAllowed(405),
    NotAcceptable(406), ProxyAuthenticationRequired(407), RequestTimeout(408), Conflict(409), Gone(410),
    LengthRequired(411), PreconditionFailed(412), RequestEntityTooLarge(413), RequestUriTooLong(414),
    UnsupportedMediaType(415), RequestedRangeNotSatisfiable(416), ExpectationFailed(417), UpgradeRequired(426),
    InternalServerError(500), NotImplemented(501), BadGateway(502), ServiceUnavailable(503), GatewayTimeout(504),
    HttpVersionNotSupported(505);

    private final int code;

    HttpStatusCode(int code) {
        this.code = code;
    }

    @Override
    public long value() {
        return code;
    }

    /** The constant for a status code; the plain number when .NET Framework has no name for it (e.g. 429). */
    public static Object of(int code) {
        for (HttpStatusCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return code;
    }
}
