package dev.pitlane.inventory.support;

import net.minidev.json.JSONValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The event contracts in {@code contracts/events}: checks a payload against its JSON Schema (the subset of draft
 * 2020-12 the contracts use: type, required, properties, items, enum, format uuid/date-time, minimum,
 * exclusiveMinimum, minItems, minLength, pattern).
 */
public final class Contracts {

    private Contracts() {
    }

    /** @return the violations; empty when {@code json} (an event's data) fits the schema */
    public static List<String> violations(String service, String eventType, String json) {
        Path file = Path.of("..", "contracts", "events", service, eventType + ".v1.schema.json");
        Map<String, Object> schema;
        try {
            schema = cast(JSONValue.parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        check(schema, JSONValue.parse(json), "$", problems);
        return problems;
    }

    public static String requireValid(String service, String eventType, String json) {
        List<String> problems = violations(service, eventType, json);
        if (!problems.isEmpty()) {
            throw new AssertionError(eventType + " does not fit its contract: " + problems + "\n" + json);
        }
        return json;
    }

    private static void check(Map<String, Object> schema, Object value, String at, List<String> problems) {
        Object type = schema.get("type");
        if (type != null && !typeMatches(String.valueOf(type), value)) {
            problems.add(at + ": expected " + type + " but was " + value);
            return;
        }
        if (schema.containsKey("enum") && !((List<?>) schema.get("enum")).contains(value)) {
            problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value instanceof Map<?, ?> object) {
            for (Object name : (List<?>) schema.getOrDefault("required", List.of())) {
                if (!object.containsKey(name) || object.get(name) == null) {
                    problems.add(at + ": required " + name + " is missing");
                }
            }
            Map<String, Object> properties = cast(schema.getOrDefault("properties", Map.of()));
            properties.forEach((name, sub) -> {
                if (object.containsKey(name) && object.get(name) != null) {
                    check(cast(sub), object.get(name), at + "." + name, problems);
                }
            });
        }
        if (value instanceof List<?> list) {
            Number minItems = (Number) schema.get("minItems");
            if (minItems != null && list.size() < minItems.intValue()) {
                problems.add(at + ": fewer than " + minItems + " items");
            }
            if (schema.containsKey("items")) {
                for (int i = 0; i < list.size(); i++) {
                    check(cast(schema.get("items")), list.get(i), at + "[" + i + "]", problems);
                }
            }
        }
        if (value instanceof String s) {
            String format = (String) schema.get("format");
            if ("uuid".equals(format) && !isUuid(s) || "date-time".equals(format) && !isDateTime(s)) {
                problems.add(at + ": " + s + " is not a " + format);
            }
            Number minLength = (Number) schema.get("minLength");
            if (minLength != null && s.length() < minLength.intValue()) {
                problems.add(at + ": shorter than " + minLength);
            }
            String pattern = (String) schema.get("pattern");
            if (pattern != null && !Pattern.compile(pattern).matcher(s).find()) {
                problems.add(at + ": does not match " + pattern);
            }
        }
        if (value instanceof Number n) {
            BigDecimal v = new BigDecimal(n.toString());
            Number min = (Number) schema.get("minimum");
            Number exclusive = (Number) schema.get("exclusiveMinimum");
            if (min != null && v.compareTo(new BigDecimal(min.toString())) < 0
                    || exclusive != null && v.compareTo(new BigDecimal(exclusive.toString())) <= 0) {
                problems.add(at + ": " + v + " is below the minimum");
            }
        }
    }

    private static boolean typeMatches(String type, Object value) {
        return switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "number" -> value instanceof Number;
            case "integer" -> value instanceof Integer || value instanceof Long;
            case "boolean" -> value instanceof Boolean;
            default -> true;
        };
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDateTime(String s) {
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }
}
