package dev.pitlane.auth.clients.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.clients.application.ClientCredentialsGrant;
import dev.pitlane.auth.tokens.application.AccessTokens;
import dev.pitlane.auth.tokens.application.SignInLocked;
import dev.pitlane.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * The OAuth 2.0 token endpoint for partner systems (client credentials, RFC 6749 §4.4). Takes the usual form
 * body or JSON, and the client's credentials in the body or as HTTP Basic. Answers in RFC 6749's shape
 * ({@code access_token, token_type, expires_in}); errors are problem+json that also carry RFC 6749's
 * {@code error}, so standard OAuth client libraries understand them.
 */
@RestController
@Tag(name = "Partner clients", description = "Machine clients (client credentials) of the caller's organization")
class TokenEndpointController {

    private static final String PATH = "/api/v1/auth/token";

    private final ClientCredentialsGrant grant;
    private final Clock clock;

    TokenEndpointController(ClientCredentialsGrant grant, Clock clock) {
        this.grant = grant;
        this.clock = clock;
    }

    record TokenRequest(@JsonProperty("grant_type") String grantType, @JsonProperty("client_id") String clientId,
                        @JsonProperty("client_secret") String clientSecret, String scope) {
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn) {
    }

    private static final class BadRequest extends RuntimeException {
        private final String error;

        BadRequest(String error, String message) {
            super(message);
            this.error = error;
        }
    }

    @PostMapping(value = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Client credentials grant (form body, as RFC 6749 has it)")
    TokenResponse form(@RequestParam MultiValueMap<String, String> form,
                       @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                       RequestOrigin origin) {
        return token(new TokenRequest(form.getFirst("grant_type"), form.getFirst("client_id"),
                form.getFirst("client_secret"), form.getFirst("scope")), authorization, origin);
    }

    @PostMapping(value = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Client credentials grant (JSON body)")
    TokenResponse json(@RequestBody TokenRequest body,
                       @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                       RequestOrigin origin) {
        return token(body, authorization, origin);
    }

    private TokenResponse token(TokenRequest request, String authorization, RequestOrigin origin) {
        if (!"client_credentials".equals(request.grantType())) {
            throw new BadRequest("unsupported_grant_type", "Only grant_type=client_credentials is supported here");
        }
        String id = request.clientId();
        String secret = request.clientSecret();
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = basic(authorization.substring(6).trim());
            id = pair[0];
            secret = pair[1];
        }
        if (id == null || secret == null) {
            throw new BadRequest("invalid_request", "client_id and client_secret are required");
        }
        AccessTokens.Issued issued = grant.issue(id, secret, request.scope(), origin);
        return new TokenResponse(issued.value(), "Bearer", issued.expiresInSeconds(clock.instant()));
    }

    /** RFC 6749 §2.3.1: id and secret are form-url-encoded before they are joined with ':' and base64-encoded. */
    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new BadRequest("invalid_request", "Malformed Basic credentials");
            }
            return new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            throw new BadRequest("invalid_request", "Malformed Basic credentials");
        }
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequest e, HttpServletRequest request) {
        return oauthError(HttpStatus.BAD_REQUEST, e.error, e.getMessage(), request, null);
    }

    @ExceptionHandler(ClientCredentialsGrant.Refused.class)
    ResponseEntity<ProblemDetail> refused(ClientCredentialsGrant.Refused e, HttpServletRequest request) {
        boolean client = "invalid_client".equals(e.error());
        return oauthError(client ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST, e.error(), e.getMessage(),
                request, client ? "Basic realm=\"pitlane\"" : null);
    }

    @ExceptionHandler(SignInLocked.class)
    ResponseEntity<ProblemDetail> locked(SignInLocked e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = oauthError(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                e.getMessage(), request, null);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header("Retry-After", String.valueOf(Math.max(1,
                        (Duration.between(clock.instant(), e.until()).toMillis() + 999) / 1000)))
                .body(answer.getBody());
    }

    private static ResponseEntity<ProblemDetail> oauthError(HttpStatus status, String error, String detail,
                                                            HttpServletRequest request, String challenge) {
        ProblemDetail problem = Problems.of(status, error, status.getReasonPhrase(), detail, request.getRequestURI());
        problem.setProperty("error", error);
        problem.setProperty("error_description", detail);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (challenge != null) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        return answer.body(problem);
    }
}
