package dev.pitlane.customer.bulk.application;

import dev.pitlane.customer.customer.application.Customer;
import dev.pitlane.customer.customer.application.CustomerBatch;
import dev.pitlane.customer.customer.domain.Address;
import dev.pitlane.customer.vehicle.application.Vehicle;
import dev.pitlane.customer.vehicle.application.VehicleBatch;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every customer in use with its vehicles, in the import's columns (a row per vehicle), so an exported file
 * imports back unchanged. Read a chunk of customers at a time with their vehicles in one query.
 */
@Service
public class CustomerExport {

    private static final int CHUNK = 1_000;
    private static final UUID FIRST = new UUID(0, 0);

    private final CustomerBatch customers;
    private final VehicleBatch vehicles;

    CustomerExport(CustomerBatch customers, VehicleBatch vehicles) {
        this.customers = customers;
        this.vehicles = vehicles;
    }

    /** Hands each row to {@code sink} in the order of {@link ImportColumns#ALL}; the header is not included. */
    public void rows(Consumer<List<String>> sink) {
        UUID after = FIRST;
        while (true) {
            List<Customer> chunk = customers.chunkAfter(after, CHUNK);
            if (chunk.isEmpty()) {
                return;
            }
            Map<UUID, List<Vehicle>> owned = vehicles.ofCustomers(chunk.stream().map(Customer::id).toList());
            for (Customer c : chunk) {
                List<Vehicle> list = owned.getOrDefault(c.id(), List.of());
                if (list.isEmpty()) {
                    sink.accept(row(c, null));
                }
                list.forEach(v -> sink.accept(row(c, v)));
            }
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    private static List<String> row(Customer c, Vehicle v) {
        Address a = c.addresses().isEmpty() ? null : c.addresses().get(0);
        List<String> row = new ArrayList<>(List.of(c.type().name(), c.name(), c.phone(), text(c.alternatePhone()),
                text(c.email()), text(c.gstin()), String.valueOf(c.smsConsent()), String.valueOf(c.emailConsent()),
                a == null ? "" : text(a.label()), a == null ? "" : text(a.line1()), a == null ? "" : text(a.line2()),
                a == null ? "" : text(a.city()), a == null ? "" : text(a.state()), a == null ? "" : text(a.postalCode()),
                a == null ? "" : text(a.country()), text(c.notes())));
        if (v == null) {
            row.addAll(List.of("", "", "", "", "", "", "", ""));
        } else {
            row.addAll(List.of(text(v.vin()), text(v.registrationNumber()), v.make(), v.model(), text(v.variant()),
                    v.year() == null ? "" : v.year().toString(), v.fuel() == null ? "" : v.fuel().name(),
                    v.odometerKm() == null ? "" : v.odometerKm().toString()));
        }
        return row;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
