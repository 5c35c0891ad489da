package dev.pitlane.auth.passwords.messaging;

import dev.pitlane.auth.passwords.application.PasswordResetNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes reset links to the log (at WARN, so they stand out), where a devstack user finds them. An
 * installation with a mail or SMS gateway replaces this adapter with one that sends them.
 */
@Component
class LogPasswordResetNotifier implements PasswordResetNotifier {

    private static final Logger log = LoggerFactory.getLogger(LogPasswordResetNotifier.class);

    @Override
    public void send(Notice notice) {
        log.warn("Password {} for {}: open {} (token {}, valid until {})",
                notice.purpose() == Purpose.INVITATION ? "invitation" : "reset", notice.email(), notice.link(),
                notice.token(), notice.expiresAt());
    }
}
