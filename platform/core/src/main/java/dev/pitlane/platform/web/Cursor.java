package dev.pitlane.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor for ledgers and feeds: the sort key and id of the last row a client saw. Keyset paging
 * stays as fast on page 10,000 as on page 1, and rows added meanwhile neither repeat nor vanish.
 */
public record Cursor(List<String> values) {

    public static Cursor of(Object... values) {
        return new Cursor(java.util.Arrays.stream(values).map(String::valueOf).toList());
    }

    public String encode() {
        String joined = String.join("\u001f", values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for a null/blank cursor (the first page); 400 problem for one that was not ours */
    public static Cursor decode(String encoded, int expectedValues) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            List<String> values = List.of(joined.split("\u001f", -1));
            if (values.size() != expectedValues) {
                throw new IllegalArgumentException("wrong arity");
            }
            return new Cursor(values);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("cursor", "Invalid", "is not a cursor this endpoint gave out");
        }
    }

    public String get(int index) {
        return values.get(index);
    }
}
