package dev.pitlane.gateway.security;

import java.net.URI;

/** The issuer's key set could not be fetched, so no token can be checked: answered as 503, not 401 or 500. */
public class JwksUnavailableException extends RuntimeException {

    public JwksUnavailableException(URI jwkSetUri, Throwable cause) {
        super("Cannot fetch the JWK set from " + jwkSetUri + ": " + cause.getMessage(), cause);
    }
}
