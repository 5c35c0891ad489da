package dev.pitlane.customer.demo;

import dev.pitlane.customer.customer.application.CustomerService;
import dev.pitlane.customer.support.IntegrationTest;
import dev.pitlane.customer.vehicle.application.VehicleService;
import dev.pitlane.testsupport.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The devstack seed, run in the shared context (where it is switched off) by hand, twice. */
class DemoDataTest extends IntegrationTest {

    @Autowired
    CustomerService customers;

    @Autowired
    VehicleService vehicles;

    @Autowired
    OwnerDatabase owner;

    @Test
    void seedsDemoMotorsOnceWithValidData() {
        DemoData demo = new DemoData(customers, vehicles);
        demo.seed();
        String org = "organization_id = '" + DemoData.DEMO_ORG + "'";
        assertThat(owner.count("SELECT count(*) FROM customers WHERE " + org)).isEqualTo(DemoData.CUSTOMERS);
        long vehicleCount = owner.count("SELECT count(*) FROM vehicles WHERE " + org);
        assertThat(vehicleCount).isGreaterThan(DemoData.CUSTOMERS);
        assertThat(owner.count("SELECT count(*) FROM customers WHERE " + org + " AND gstin IS NOT NULL")).isPositive();
        assertThat(owner.count("SELECT count(*) FROM customers WHERE " + org + " AND phone NOT LIKE '+91%'")).isZero();
        assertThat(owner.count("SELECT count(DISTINCT make) FROM vehicles WHERE " + org)).isEqualTo(7);
        assertThat(owner.count("SELECT count(*) FROM vehicles WHERE " + org
                + " AND registration_number !~ '^(MH|KA)[0-9]{2}[A-Z]{2}[0-9]{4}$'")).isZero();

        demo.seed();
        assertThat(owner.count("SELECT count(*) FROM customers WHERE " + org)).isEqualTo(DemoData.CUSTOMERS);
        assertThat(owner.count("SELECT count(*) FROM vehicles WHERE " + org)).isEqualTo(vehicleCount);
        assertThat(admin(DemoData.DEMO_ORG).get("/api/v1/customers?q=sharma").<Integer>json("$.page.totalElements"))
                .isPositive();
    }
}
