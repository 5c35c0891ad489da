package dev.pitlane.platform.web;

import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which constraint a database refused a write for, so a 409 can name the field. Convention for unique
 * indexes: {@code uq_<table>__<field>} (e.g. {@code uq_customers__email}) names field {@code email}; a
 * camel-cased field may be written with underscores ({@code registration_number} → {@code registrationNumber}).
 */
record ConstraintName(String constraint, String field, boolean isUnique) {

    private static final Pattern NAMED = Pattern.compile("constraint \"([^\"]+)\"");

    static ConstraintName of(DataIntegrityViolationException e) {
        String sqlState = null;
        String message = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                sqlState = sql.getSQLState();
                message = sql.getMessage();
                break;
            }
        }
        boolean unique = "23505".equals(sqlState);
        Matcher m = NAMED.matcher(message == null ? "" : message);
        String constraint = m.find() ? m.group(1) : null;
        String field = null;
        if (constraint != null && constraint.contains("__")) {
            field = camel(constraint.substring(constraint.lastIndexOf("__") + 2));
        }
        return new ConstraintName(constraint, field, unique);
    }

    String kind() {
        return isUnique ? "duplicate" : "conflict";
    }

    String message() {
        if (isUnique) {
            return field == null ? "A record with the same unique value already exists"
                    : "Another record already has this " + field;
        }
        return field == null ? "The change conflicts with other data" : "The value of " + field
                + " conflicts with other data";
    }

    private static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
