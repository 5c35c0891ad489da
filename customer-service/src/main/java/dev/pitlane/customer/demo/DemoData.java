package dev.pitlane.customer.demo;

import dev.pitlane.customer.customer.application.Customer;
import dev.pitlane.customer.customer.application.CustomerSearch;
import dev.pitlane.customer.customer.application.CustomerService;
import dev.pitlane.customer.customer.domain.Address;
import dev.pitlane.customer.customer.domain.CustomerInput;
import dev.pitlane.customer.customer.domain.Gstin;
import dev.pitlane.customer.vehicle.application.VehicleService;
import dev.pitlane.customer.vehicle.domain.VehicleInput;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Demo Motors' customers and vehicles for devstack: a few hundred, with Indian and international names, +91
 * mobiles, Indian plates and some businesses with GSTINs. Seeded through the application services (so the events
 * go out too), idempotently: what exists already is left as it is.
 */
@Component
@ConditionalOnProperty(name = "pitlane.demo-data.enabled", havingValue = "true")
class DemoData {

    static final UUID DEMO_ORG = UUID.fromString("7e57da7a-0000-4000-8000-000000000001");
    static final int CUSTOMERS = 300;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final String[] FIRST = {"Aarav", "Vivaan", "Aditya", "Arjun", "Rohan", "Rahul", "Amit", "Suresh",
            "Rajesh", "Vikram", "Anil", "Sanjay", "Deepak", "Ananya", "Diya", "Priya", "Saanvi", "Kavya", "Isha",
            "Pooja", "Neha", "Sneha", "Lakshmi", "Meera", "Divya", "Gurpreet", "Imran", "Farhan", "James", "Olivia",
            "Mohammed", "Fatima", "Chen", "Yuki", "Zoë", "José"};
    private static final String[] LAST = {"Sharma", "Verma", "Patel", "Reddy", "Iyer", "Nair", "Menon", "Kumar",
            "Singh", "Gupta", "Agarwal", "Joshi", "Kulkarni", "Chatterjee", "Banerjee", "Das", "Rao", "Naidu",
            "Pillai", "Shetty", "Khan", "Fernandes", "D'Souza", "Gill", "Malhotra", "Kapoor", "Mehta", "Shah",
            "Smith", "Müller", "García", "Tanaka"};
    private static final String[] BUSINESS = {"Sai Logistics", "Konkan Travels", "Deccan Transports",
            "Ganesh Builders", "Malabar Foods", "Sahyadri Tours", "Bharat Couriers", "Nilgiri Estates"};
    private static final String[][] MODELS = {{"Maruti Suzuki", "Swift", "MA3"}, {"Maruti Suzuki", "Baleno", "MA3"},
            {"Hyundai", "Creta", "MAL"}, {"Hyundai", "i20", "MAL"}, {"Tata", "Nexon", "MAT"}, {"Tata", "Punch", "MAT"},
            {"Mahindra", "XUV700", "MA1"}, {"Mahindra", "Scorpio-N", "MA1"}, {"Honda", "City", "MAK"},
            {"Toyota", "Innova Crysta", "MBJ"}, {"Kia", "Seltos", "MZB"}, {"Kia", "Sonet", "MZB"}};
    private static final String[][] PLACES = {{"MH", "02", "Mumbai", "Maharashtra", "400053"},
            {"MH", "12", "Pune", "Maharashtra", "411001"}, {"KA", "03", "Bengaluru", "Karnataka", "560066"},
            {"KA", "05", "Bengaluru", "Karnataka", "560041"}};
    private static final String[] FUELS = {"PETROL", "DIESEL", "CNG", "ELECTRIC", "PETROL"};

    private final CustomerService customers;
    private final VehicleService vehicles;

    DemoData(CustomerService customers, VehicleService vehicles) {
        this.customers = customers;
        this.vehicles = vehicles;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        TenantContext.runAs(Caller.system(DEMO_ORG, "demo-data"), () -> {
            Random random = new Random(42);
            int created = 0;
            for (int i = 0; i < CUSTOMERS; i++) {
                created += seedCustomer(i, random);
            }
            log.info("Demo data: {} customers created ({} wanted, the rest existed)", created, CUSTOMERS);
        });
    }

    private int seedCustomer(int i, Random random) {
        boolean business = i % 12 == 0;
        String[] place = PLACES[i % PLACES.length];
        String name = business ? BUSINESS[(i / 12) % BUSINESS.length] + (i >= 96 ? " " + (i / 96 + 1) : "")
                + " Pvt Ltd" : FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        String phone = "+91" + (9_000_000_000L + 7_919L * i + random.nextInt(7));
        String gstin = business ? gstin(place[0].equals("MH") ? "27" : "29", i) : null;
        String email = i % 3 == 0 ? name.toLowerCase().replaceAll("[^a-z]+", ".") + i + "@example.in" : null;
        int vehicleCount = 1 + (i % 5 == 0 ? 1 : 0) + (business ? 2 : 0);
        List<Customer> existing = customers.search(new CustomerSearch(null, phone, null, null, null, null, null, false),
                PageQuery.of(0, 1, null, java.util.Map.of(), null)).items();
        if (!existing.isEmpty()) {
            random.nextInt();
            return 0;
        }
        Customer customer = customers.create(new CustomerInput(business ? "BUSINESS" : "INDIVIDUAL", name, phone, null,
                email, gstin, List.of(new Address(business ? "OFFICE" : "HOME", (10 + i) + ", " + (business
                ? "MIDC Industrial Area" : "Link Road"), null, place[2], place[3], place[4], "IN")),
                i % 4 != 0, i % 3 == 0, null));
        for (int k = 0; k < vehicleCount; k++) {
            int n = i * 4 + k;
            String[] model = MODELS[(i * 5 + k) % MODELS.length];
            String plate = place[0] + place[1] + (char) ('A' + n % 26) + (char) ('A' + (n / 26) % 26)
                    + String.format("%04d", 1000 + n * 7 % 9000);
            String vin = model[2] + "DEMX" + "0" + "0" + "P" + String.format("%07d", n);
            vehicles.register(customer.id(), new VehicleInput(vin.substring(0, 17), plate, model[0], model[1], null,
                    2015 + n % 10, FUELS[n % FUELS.length]), 1_000 + (n * 3_731) % 90_000);
        }
        random.nextInt();
        return 1;
    }

    private static String gstin(String state, int i) {
        String pan = "AAB" + (char) ('C' + i % 20) + "D" + String.format("%04d", 1000 + i) + "K";
        String first14 = state + pan + "1Z";
        return first14 + Gstin.checkCharacter(first14);
    }
}
