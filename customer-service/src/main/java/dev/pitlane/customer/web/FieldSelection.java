package dev.pitlane.customer.web;

import dev.pitlane.platform.domain.DomainException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code ?fields=id,name,phone} (only these fields in each item) and {@code ?expand=vehicles} (a related resource
 * inlined). Field names are checked against the resource's own, so a typo is a 400, not a silently empty answer.
 */
public final class FieldSelection {

    private final Set<String> fields;
    private final Set<String> expand;

    private FieldSelection(Set<String> fields, Set<String> expand) {
        this.fields = fields;
        this.expand = expand;
    }

    /**
     * @param resource        the record whose components are the selectable fields
     * @param expandable      what {@code ?expand=} may name for this resource
     */
    public static FieldSelection of(String fields, String expand, Class<? extends Record> resource,
                                    Set<String> expandable) {
        Set<String> known = new TreeSet<>();
        Arrays.stream(resource.getRecordComponents()).forEach(c -> known.add(c.getName()));
        known.addAll(expandable);
        Set<String> chosen = split(fields);
        for (String f : chosen) {
            if (!known.contains(f)) {
                throw DomainException.invalidField("fields", "UnknownField",
                        "'" + f + "' is not a field; fields are " + known);
            }
        }
        Set<String> expanded = split(expand);
        for (String e : expanded) {
            if (!expandable.contains(e)) {
                throw DomainException.invalidField("expand", "NotExpandable", "'" + e + "' cannot be expanded; "
                        + (expandable.isEmpty() ? "nothing can" : "choose from " + new TreeSet<>(expandable)));
            }
        }
        return new FieldSelection(chosen.isEmpty() ? null : chosen, expanded);
    }

    public boolean expands(String name) {
        return expand.contains(name);
    }

    /** The item as it is when nothing is chosen, else a JSON object with the chosen fields and expansions only. */
    public Object apply(JsonMapper json, Object item, Map<String, Object> expansions) {
        if (fields == null && expansions.isEmpty()) {
            return item;
        }
        ObjectNode node = json.valueToTree(item);
        expansions.forEach((name, value) -> node.set(name, json.valueToTree(value)));
        if (fields != null) {
            Set<String> keep = new LinkedHashSet<>(fields);
            keep.addAll(expansions.keySet());
            node.retain(keep);
        }
        return node;
    }

    private static Set<String> split(String value) {
        Set<String> result = new LinkedHashSet<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        return result;
    }
}
