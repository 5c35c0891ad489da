package dev.pitlane.auth.passwords.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, after NIST SP 800-63B: long enough, not absurdly long (hashing cost), not one of
 * the passwords every guesser tries first, not the account's own email. No rules about character classes: they
 * make passwords harder to remember, not to guess.
 */
public final class PasswordPolicy {

    private static final Set<String> COMMON = Set.of("password", "password1", "password12", "password123",
            "password1234", "1234567890", "12345678910", "123456789", "0123456789", "qwertyuiop", "qwerty1234",
            "qwerty12345", "1q2w3e4r5t", "1qaz2wsx3edc", "iloveyou12", "letmein123", "welcome123", "admin12345",
            "administrator", "changeme123", "abc1234567", "abcdefghij", "passw0rd12", "p@ssw0rd12", "pitlane123",
            "pitlane1234", "trustno1234", "football12", "baseball12", "sunshine12", "princess12", "dragon1234",
            "monkey1234", "master1234", "superman12", "starwars12", "whatever12", "zaq12wsxcde", "aaaaaaaaaa");

    private final int minLength;
    private final int maxLength;

    public PasswordPolicy(int minLength, int maxLength) {
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** @return why the password is refused; empty when it is acceptable */
    public List<String> problems(String password, String email) {
        List<String> out = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            out.add("must have at least " + minLength + " characters");
            return out;
        }
        if (password.length() > maxLength) {
            out.add("must have at most " + maxLength + " characters");
            return out;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            out.add("is too common");
        }
        if (password.codePoints().distinct().count() < 4) {
            out.add("must use at least 4 different characters");
        }
        if (email != null) {
            String mail = email.toLowerCase(Locale.ROOT);
            String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.equals(mail) || lower.equals(local)) {
                out.add("must not be the email address");
            }
        }
        return out;
    }
}
