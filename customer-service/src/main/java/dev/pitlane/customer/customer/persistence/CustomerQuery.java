package dev.pitlane.customer.customer.persistence;

import dev.pitlane.customer.customer.domain.CustomerType;
import dev.pitlane.platform.web.PageQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The WHERE clause of a customer search, from already-normalized criteria. Text never goes into the SQL, only
 * parameters; the clause is built from fixed fragments.
 *
 * @param name      the text typed for the name, as typed (normalized in SQL, the way the column is)
 * @param nameMatch how {@code name} must match; null when there is no name
 */
public record CustomerQuery(String name, NameMatch nameMatch, String phone, String email, String gstin, String vin,
                            String registrationNumber, CustomerType type, boolean deleted) {

    /**
     * The ways a name can match, cheapest first: a search tries the next only when the previous found nothing.
     * STARTS_WITH and SURNAME_STARTS_WITH are range scans of a btree (the columns are in byte order, so every name
     * starting with the text sorts between the text and the text followed by the highest code point);
     * SURNAME_STARTS_WITH reads the name with its first word moved to the end ("sharma priya"); CONTAINS and
     * SIMILAR use the trigram index.
     */
    public enum NameMatch { STARTS_WITH, SURNAME_STARTS_WITH, CONTAINS, SIMILAR }

    public CustomerQuery withNameMatch(NameMatch match) {
        return new CustomerQuery(name, match, phone, email, gstin, vin, registrationNumber, type, deleted);
    }

    String where() {
        List<String> clauses = new ArrayList<>();
        clauses.add("c.organization_id = :org");
        clauses.add(deleted ? "c.deleted_at IS NOT NULL" : "c.deleted_at IS NULL");
        if (nameMatch != null) {
            clauses.add(switch (nameMatch) {
                case STARTS_WITH -> "c.search_name >= customer_search_text(:name) "
                        + "AND c.search_name < customer_search_text(:name) || chr(1114111)";
                case SURNAME_STARTS_WITH -> "c.search_surname >= customer_search_text(:name) "
                        + "AND c.search_surname < customer_search_text(:name) || chr(1114111)";
                case CONTAINS -> "c.search_name LIKE '%' || replace(replace(replace(customer_search_text(:name), "
                        + "'\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'";
                case SIMILAR -> "c.search_name % customer_search_text(:name)";
            });
        }
        if (phone != null) {
            clauses.add("(c.phone = :phone OR c.alternate_phone = :phone)");
        }
        if (email != null) {
            clauses.add("c.email = :email");
        }
        if (gstin != null) {
            clauses.add("c.gstin = :gstin");
        }
        if (vin != null) {
            clauses.add("c.id IN (SELECT v.customer_id FROM vehicles v WHERE v.organization_id = :org AND v.vin = :vin)");
        }
        if (registrationNumber != null) {
            clauses.add("c.id IN (SELECT v.customer_id FROM vehicles v WHERE v.organization_id = :org "
                    + "AND v.registration_number = :registrationNumber)");
        }
        if (type != null) {
            clauses.add("c.type = :type");
        }
        return String.join(" AND ", clauses);
    }

    Map<String, Object> params(UUID org) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", org);
        p.put("name", name);
        p.put("phone", phone);
        p.put("email", email);
        p.put("gstin", gstin);
        p.put("vin", vin);
        p.put("registrationNumber", registrationNumber);
        p.put("type", type == null ? null : type.name());
        return p;
    }

    /** By name unless the client chose a sort; typo matches closest first. */
    String orderBy(PageQuery page) {
        if (page.sort().isEmpty()) {
            if (nameMatch == NameMatch.SIMILAR) {
                return " ORDER BY similarity(c.search_name, customer_search_text(:name)) DESC, c.id";
            }
            return nameMatch == NameMatch.SURNAME_STARTS_WITH ? " ORDER BY c.search_surname, c.id"
                    : " ORDER BY c.search_name, c.id";
        }
        List<String> parts = new ArrayList<>();
        page.sort().forEach(s -> parts.add("c." + s.sql()));
        parts.add("c.id");
        return " ORDER BY " + String.join(", ", parts);
    }
}
