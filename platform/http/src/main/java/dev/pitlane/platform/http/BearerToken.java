package dev.pitlane.platform.http;

import java.util.Optional;

/**
 * Reads the token of an {@code Authorization: Bearer <token>} header (RFC 6750). Spring Security does the same with
 * a regular expression, which walks the whole token character by character through the regex engine on every
 * request; this loop does the same check for a fraction of the cost.
 */
public final class BearerToken {

    private static final String SCHEME = "bearer";

    private BearerToken() {
    }

    /**
     * The token, or empty when there is no header or it names another scheme (Basic, ...).
     *
     * @throws MalformedException when the header says Bearer but what follows is not a token
     */
    public static Optional<String> fromAuthorizationHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        // as Spring Security does: anything that starts with "bearer" must be exactly "Bearer <token>"
        String token = header.length() > SCHEME.length() && header.charAt(SCHEME.length()) == ' '
                ? header.substring(SCHEME.length() + 1) : "";
        if (!isB64Token(token)) {
            throw new MalformedException();
        }
        return Optional.of(token);
    }

    /** {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}. */
    static boolean isB64Token(String token) {
        int length = token.length();
        int end = length;
        while (end > 0 && token.charAt(end - 1) == '=') {
            end--;
        }
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = token.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The header says Bearer, but what follows is not a token. */
    public static final class MalformedException extends RuntimeException {
        MalformedException() {
            super("Bearer token is malformed");
        }
    }
}
