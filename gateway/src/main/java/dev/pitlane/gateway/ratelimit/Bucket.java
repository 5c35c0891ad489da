package dev.pitlane.gateway.ratelimit;

/**
 * One bucket a request draws a token from.
 *
 * @param owner who the bucket belongs to within its scope: {@code sub:<subject>}, {@code client:<client_id>},
 *              {@code ip:<address>} or the organization id
 */
record Bucket(Scope scope, String owner, Limit limit) {

    /** Unique across scopes, so an organization id can never collide with a subject. */
    String key() {
        return scope.key() + ":" + owner;
    }
}
