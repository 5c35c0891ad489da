package dev.pitlane.auth.passwords.messaging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.pitlane.auth.passwords.application.PasswordResetNotifier;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LogPasswordResetNotifierTest {

    @Test
    void devstackFindsTheLinkInTheLogAtWarn() {
        Logger logger = (Logger) LoggerFactory.getLogger(LogPasswordResetNotifier.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            new LogPasswordResetNotifier().send(new PasswordResetNotifier.Notice("ravi@demo.test", "Ravi",
                    PasswordResetNotifier.Purpose.RESET, "tok123", "http://ui/reset?token=tok123", Instant.now()));
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).hasSize(1);
        assertThat(appender.list.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(appender.list.get(0).getFormattedMessage()).contains("ravi@demo.test", "http://ui/reset?token=tok123",
                "tok123");
    }
}
