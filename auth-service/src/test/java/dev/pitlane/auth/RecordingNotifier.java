package dev.pitlane.auth;

import dev.pitlane.auth.passwords.application.PasswordResetNotifier;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the notices a test's actions sent, so the test can use the token as the user would. */
public class RecordingNotifier implements PasswordResetNotifier {

    private final List<Notice> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Notice notice) {
        sent.add(notice);
    }

    public Optional<Notice> lastFor(String email) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).email().equalsIgnoreCase(email)) {
                return Optional.of(sent.get(i));
            }
        }
        return Optional.empty();
    }

    public long countFor(String email) {
        return sent.stream().filter(n -> n.email().equalsIgnoreCase(email)).count();
    }
}
