package dev.pitlane.auth.tokens.application;

import java.time.Instant;

/** What a sign-in or a refresh hands out. */
public record TokenPair(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
                        Instant refreshTokenExpiresAt) {
}
