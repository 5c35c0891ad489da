package dev.pitlane.customer.customer.domain;

import dev.pitlane.customer.common.domain.Violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A customer's own data once every rule holds: phones in E.164, e-mail lower-cased, a GSTIN only for a business
 * and only with a right check character. The API and the bulk import both go through {@link #from}, so a customer
 * is the same whichever way it came in.
 */
public record CustomerDetails(CustomerType type, String name, String phone, String alternatePhone, String email,
                              String gstin, List<Address> addresses, boolean smsConsent, boolean emailConsent,
                              String notes) {

    public static final int MAX_ADDRESSES = 5;

    public CustomerDetails {
        addresses = List.copyOf(addresses);
    }

    /** @throws dev.pitlane.platform.domain.DomainException naming every broken field */
    public static CustomerDetails from(CustomerInput in, String phoneRegion) {
        Violations v = new Violations();
        CustomerDetails details = check(in, phoneRegion, v);
        v.throwIfAny();
        return details;
    }

    /** Checks {@code in}, recording what is wrong in {@code v}; the result is only meaningful when {@code v} is empty. */
    public static CustomerDetails check(CustomerInput in, String phoneRegion, Violations v) {
        CustomerType type = null;
        if (in.type() == null || in.type().isBlank()) {
            v.add("type", "NotNull", "must be INDIVIDUAL or BUSINESS");
        } else {
            try {
                type = CustomerType.valueOf(in.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("type", "Invalid", "must be INDIVIDUAL or BUSINESS");
            }
        }
        String name = v.text("name", in.name(), true, 200);
        String phone = v.check("phone", in.phone(), raw -> PhoneNumbers.normalize(raw, phoneRegion));
        String alternate = isBlank(in.alternatePhone()) ? null
                : v.check("alternatePhone", in.alternatePhone(), raw -> PhoneNumbers.normalize(raw, phoneRegion));
        if (alternate != null && alternate.equals(phone)) {
            v.add("alternatePhone", "Distinct", "must differ from phone");
        }
        String email = isBlank(in.email()) ? null : v.check("email", in.email(), EmailAddress::normalize);
        String gstin = isBlank(in.gstin()) ? null : v.check("gstin", in.gstin(), Gstin::normalize);
        if (gstin != null && type == CustomerType.INDIVIDUAL) {
            v.add("gstin", "BusinessOnly", "only a business customer has a GSTIN");
        }
        List<Address> addresses = addresses(in.addresses(), v);
        String notes = v.text("notes", in.notes(), false, 2000);
        return new CustomerDetails(type, name, phone, alternate, email, gstin, addresses,
                Boolean.TRUE.equals(in.smsConsent()), Boolean.TRUE.equals(in.emailConsent()), notes);
    }

    private static List<Address> addresses(List<Address> given, Violations v) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_ADDRESSES) {
            v.add("addresses", "Size", "at most " + MAX_ADDRESSES + " addresses");
            return List.of();
        }
        List<Address> result = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Address a = given.get(i);
            String at = "addresses[" + i + "].";
            if (a == null) {
                v.add("addresses[" + i + "]", "NotNull", "must not be null");
                continue;
            }
            String country = isBlank(a.country()) ? "IN" : a.country().strip().toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                v.add(at + "country", "Country", "must be an ISO 3166 alpha-2 code like IN");
            }
            result.add(new Address(v.text(at + "label", a.label(), false, 40), v.text(at + "line1", a.line1(), true, 200),
                    v.text(at + "line2", a.line2(), false, 200), v.text(at + "city", a.city(), true, 100),
                    v.text(at + "state", a.state(), false, 100), v.text(at + "postalCode", a.postalCode(), false, 20),
                    country));
        }
        return result;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
