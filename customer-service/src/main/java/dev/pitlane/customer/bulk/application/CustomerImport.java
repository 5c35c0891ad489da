package dev.pitlane.customer.bulk.application;

import dev.pitlane.customer.common.domain.Violations;
import dev.pitlane.customer.customer.application.Customer;
import dev.pitlane.customer.customer.application.CustomerBatch;
import dev.pitlane.customer.customer.application.PhoneRegions;
import dev.pitlane.customer.customer.domain.CustomerDetails;
import dev.pitlane.customer.customer.domain.CustomerInput;
import dev.pitlane.customer.vehicle.application.NewVehicle;
import dev.pitlane.customer.vehicle.application.Vehicle;
import dev.pitlane.customer.vehicle.application.VehicleBatch;
import dev.pitlane.customer.vehicle.application.VehicleService;
import dev.pitlane.customer.vehicle.domain.Odometer;
import dev.pitlane.customer.vehicle.domain.VehicleDetails;
import dev.pitlane.customer.vehicle.domain.VehicleInput;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.domain.FieldError;
import dev.pitlane.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports customers and their vehicles from a sheet. Every row is validated first; the valid rows are then written
 * a chunk at a time, each chunk in one transaction with batched statements. Should a chunk fail in the database
 * (a concurrent write took a phone meanwhile), it is redone a row per transaction, so only the row at fault is
 * rejected and no row is ever half-written. Rows are matched on their natural keys (phone for a customer, VIN or
 * registration number for a vehicle): importing the same file twice changes nothing the second time.
 */
@Service
public class CustomerImport {

    public static final int MAX_ROWS = 200_000;
    private static final int CHUNK = 1_000;
    private static final Logger log = LoggerFactory.getLogger(CustomerImport.class);

    private final CustomerBatch customers;
    private final VehicleBatch vehicles;
    private final VehicleService vehicleRules;
    private final PhoneRegions regions;
    private final TransactionTemplate transactions;

    CustomerImport(CustomerBatch customers, VehicleBatch vehicles, VehicleService vehicleRules, PhoneRegions regions,
                   PlatformTransactionManager transactions) {
        this.customers = customers;
        this.vehicles = vehicles;
        this.vehicleRules = vehicleRules;
        this.regions = regions;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** A row that passed validation. */
    record ValidRow(int line, CustomerDetails customer, VehicleDetails vehicle, Integer odometerKm) {
    }

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    public ImportReport run(Sheet sheet) {
        if (!sheet.has("name") || !sheet.has("phone")) {
            throw DomainException.unprocessable("missing-columns", "The file needs a header row with at least the "
                    + "columns name and phone; columns are " + ImportColumns.ALL);
        }
        List<String> unknown = ImportColumns.unknown(sheet);
        if (!unknown.isEmpty()) {
            throw DomainException.unprocessable("unknown-columns", "Unknown columns " + unknown + "; columns are "
                    + ImportColumns.ALL);
        }
        if (sheet.rows().size() > MAX_ROWS) {
            throw DomainException.unprocessable("too-many-rows", "At most " + MAX_ROWS + " rows per file");
        }
        long started = System.nanoTime();
        Tally tally = new Tally();
        List<ValidRow> valid = new ArrayList<>();
        String region = regions.of(TenantContext.organizationId());
        for (Sheet.Row row : sheet.rows()) {
            Violations v = new Violations();
            CustomerInput customerInput = ImportColumns.customer(row, v);
            VehicleInput vehicleInput = ImportColumns.vehicle(row, v);
            Integer odometer = ImportColumns.odometer(row, v);
            CustomerDetails customer = CustomerDetails.check(customerInput, region, v);
            VehicleDetails vehicle = vehicleInput == null ? null : vehicleRules.check(vehicleInput, v);
            if (odometer != null && (odometer < 0 || odometer > Odometer.MAX_KM)) {
                v.add("odometerKm", "Range", "must be between 0 and " + Odometer.MAX_KM);
            }
            if (v.isEmpty()) {
                valid.add(new ValidRow(row.line(), customer, vehicle, odometer));
            } else {
                tally.reject(row.line(), v.list().stream().map(CustomerImport::reason).toList());
            }
        }
        long validated = System.nanoTime();
        FileState state = new FileState();
        for (int from = 0; from < valid.size(); from += CHUNK) {
            List<ValidRow> chunk = valid.subList(from, Math.min(valid.size(), from + CHUNK));
            try {
                Plan plan = transactions.execute(status -> apply(plan(chunk, state, sheet)));
                plan.commitTo(state, tally);
            } catch (DataAccessException e) {
                log.info("Import chunk at line {} failed ({}); redoing it a row at a time", chunk.get(0).line(),
                        e.getMostSpecificCause().getMessage());
                for (ValidRow row : chunk) {
                    try {
                        Plan plan = transactions.execute(status -> apply(plan(List.of(row), state, sheet)));
                        plan.commitTo(state, tally);
                    } catch (DataAccessException rowFailure) {
                        tally.reject(row.line(), List.of(rowFailure.getMostSpecificCause().getMessage()));
                    }
                }
            }
        }
        ImportReport report = tally.report(sheet.rows().size());
        log.info("Imported {} rows ({} accepted, {} rejected): checked in {} ms, written in {} ms", report.rows(),
                report.accepted(), report.rejected().size(), (validated - started) / 1_000_000,
                (System.nanoTime() - validated) / 1_000_000);
        return report;
    }

    /** Decides what each row does, reading the database once per natural key for the whole chunk. */
    private Plan plan(List<ValidRow> rows, FileState state, Sheet sheet) {
        Set<String> phones = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> gstins = new HashSet<>();
        Set<String> vins = new HashSet<>();
        Set<String> plates = new HashSet<>();
        for (ValidRow r : rows) {
            phones.add(r.customer().phone());
            addIfPresent(emails, r.customer().email());
            addIfPresent(gstins, r.customer().gstin());
            if (r.vehicle() != null) {
                addIfPresent(vins, r.vehicle().vin());
                addIfPresent(plates, r.vehicle().registrationNumber());
            }
        }
        Map<String, Customer> byPhone = customers.byPhones(phones);
        Map<String, UUID> byEmail = customers.idsByEmails(emails);
        Map<String, UUID> byGstin = customers.idsByGstins(gstins);
        Map<String, Vehicle> byVin = new HashMap<>();
        Map<String, Vehicle> byPlate = new HashMap<>();
        for (Vehicle v : vehicles.byVinsOrRegistrations(vins, plates)) {
            if (v.vin() != null) {
                byVin.put(v.vin(), v);
            }
            if (v.registrationNumber() != null) {
                byPlate.put(v.registrationNumber(), v);
            }
        }
        Plan plan = new Plan();
        for (ValidRow row : rows) {
            planRow(row, plan, state, sheet, byPhone, byEmail, byGstin, byVin, byPlate);
        }
        return plan;
    }

    private void planRow(ValidRow row, Plan plan, FileState state, Sheet sheet, Map<String, Customer> byPhone,
                         Map<String, UUID> byEmail, Map<String, UUID> byGstin, Map<String, Vehicle> byVin,
                         Map<String, Vehicle> byPlate) {
        List<String> reasons = new ArrayList<>();
        CustomerDetails file = row.customer();
        String phone = file.phone();
        FileState.Seen seen = plan.seenPhones.containsKey(phone) ? plan.seenPhones.get(phone) : state.phones.get(phone);
        UUID customerId;
        Outcome outcome = Outcome.UNCHANGED;
        CustomerDetails target;
        if (seen != null) {
            if (!seen.details().equals(file)) {
                reject(row, plan, "phone " + phone + ": given with other customer details on line " + seen.line());
                return;
            }
            customerId = seen.id();
            target = file;
        } else {
            Customer stored = byPhone.get(phone);
            customerId = stored == null ? UUID.randomUUID() : stored.id();
            target = stored == null ? file : ImportColumns.merge(file, CustomerBatch.detailsOf(stored), sheet);
            if (target.email() != null) {
                UUID owner = byEmail.getOrDefault(target.email(), plan.emails.getOrDefault(target.email(),
                        state.emails.get(target.email())));
                if (owner != null && !owner.equals(customerId)) {
                    reasons.add("email " + target.email() + ": belongs to another customer");
                }
            }
            if (target.gstin() != null) {
                UUID owner = byGstin.getOrDefault(target.gstin(), plan.gstins.getOrDefault(target.gstin(),
                        state.gstins.get(target.gstin())));
                if (owner != null && !owner.equals(customerId)) {
                    reasons.add("gstin " + target.gstin() + ": belongs to another customer");
                }
            }
            if (stored == null) {
                outcome = Outcome.CREATED;
            } else if (!CustomerBatch.detailsOf(stored).equals(target)) {
                outcome = Outcome.UPDATED;
            }
            if (!reasons.isEmpty()) {
                reject(row, plan, reasons);
                return;
            }
            if (outcome == Outcome.CREATED) {
                plan.createdCustomers.put(customerId, target);
            } else if (outcome == Outcome.UPDATED) {
                plan.updatedCustomers.put(customerId, target);
                plan.versions.put(customerId, stored.version());
            }
            plan.seenPhones.put(phone, new FileState.Seen(row.line(), customerId, file));
            if (target.email() != null) {
                plan.emails.put(target.email(), customerId);
            }
            if (target.gstin() != null) {
                plan.gstins.put(target.gstin(), customerId);
            }
        }
        if (row.vehicle() != null) {
            Outcome vehicleOutcome = planVehicle(row, customerId, plan, state, byVin, byPlate);
            if (vehicleOutcome == null) {
                return;
            }
            if (outcome == Outcome.UNCHANGED) {
                outcome = vehicleOutcome;
            }
        }
        plan.outcomes.add(outcome);
    }

    /** @return what the vehicle does, or null when the row was rejected for it */
    private Outcome planVehicle(ValidRow row, UUID customerId, Plan plan, FileState state, Map<String, Vehicle> byVin,
                                Map<String, Vehicle> byPlate) {
        VehicleDetails d = row.vehicle();
        FileState.Seen seen = firstNonNull(key(plan.seenVehicles, state.vehicles, "vin:" + d.vin()),
                key(plan.seenVehicles, state.vehicles, "plate:" + d.registrationNumber()));
        if (seen != null) {
            if (!seen.vehicle().equals(d) || !seen.id().equals(customerId)) {
                reject(row, plan, "vehicle " + label(d) + ": given with other details or owner on line " + seen.line());
                return null;
            }
            return Outcome.UNCHANGED;
        }
        Vehicle byV = d.vin() == null ? null : byVin.get(d.vin());
        Vehicle byP = d.registrationNumber() == null ? null : byPlate.get(d.registrationNumber());
        if (byV != null && byP != null && !byV.id().equals(byP.id())) {
            reject(row, plan, "vin " + d.vin() + " and registrationNumber " + d.registrationNumber()
                    + ": belong to two different vehicles");
            return null;
        }
        Vehicle stored = byV != null ? byV : byP;
        Outcome outcome;
        if (stored == null) {
            plan.createdVehicles.add(new NewVehicle(UUID.randomUUID(), customerId, d, row.odometerKm(), "IMPORT"));
            outcome = Outcome.CREATED;
        } else if (!stored.customerId().equals(customerId)) {
            reject(row, plan, "vehicle " + label(d) + ": belongs to another customer; transfer its ownership first");
            return null;
        } else {
            VehicleDetails merged = new VehicleDetails(d.vin() == null ? stored.vin() : d.vin(),
                    d.registrationNumber() == null ? stored.registrationNumber() : d.registrationNumber(), d.make(),
                    d.model(), d.variant(), d.year(), d.fuel());
            outcome = VehicleBatch.detailsOf(stored).equals(merged) ? Outcome.UNCHANGED : Outcome.UPDATED;
            if (outcome == Outcome.UPDATED) {
                plan.updatedVehicles.put(stored.id(), merged);
            }
        }
        FileState.Seen mine = new FileState.Seen(row.line(), customerId, null, d);
        if (d.vin() != null) {
            plan.seenVehicles.put("vin:" + d.vin(), mine);
        }
        if (d.registrationNumber() != null) {
            plan.seenVehicles.put("plate:" + d.registrationNumber(), mine);
        }
        return outcome;
    }

    private Plan apply(Plan plan) {
        customers.createAll(plan.createdCustomers);
        customers.updateAll(plan.updatedCustomers, plan.versions);
        vehicles.registerAll(plan.createdVehicles);
        vehicles.updateAll(plan.updatedVehicles);
        return plan;
    }

    /**
     * A row rejected while planning: if it had already planned its customer (a vehicle clash), that part is taken
     * back, so the row changes nothing.
     */
    private static void reject(ValidRow row, Plan plan, List<String> reasons) {
        plan.rejected.add(new ImportReport.Rejected(row.line(), reasons));
        plan.seenPhones.entrySet().removeIf(e -> {
            if (e.getValue().line() != row.line()) {
                return false;
            }
            plan.createdCustomers.remove(e.getValue().id());
            plan.updatedCustomers.remove(e.getValue().id());
            plan.emails.values().removeIf(e.getValue().id()::equals);
            plan.gstins.values().removeIf(e.getValue().id()::equals);
            return true;
        });
    }

    private static void reject(ValidRow row, Plan plan, String reason) {
        reject(row, plan, List.of(reason));
    }

    private static FileState.Seen key(Map<String, FileState.Seen> plan, Map<String, FileState.Seen> file, String key) {
        return plan.containsKey(key) ? plan.get(key) : file.get(key);
    }

    private static FileState.Seen firstNonNull(FileState.Seen a, FileState.Seen b) {
        return a != null ? a : b;
    }

    private static String label(VehicleDetails d) {
        return d.vin() != null ? d.vin() : d.registrationNumber();
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static String reason(FieldError v) {
        return v.field() + ": " + v.message();
    }

    /** What earlier chunks of the file did, so a later row is compared with the file and not only with the database. */
    static final class FileState {
        record Seen(int line, UUID id, CustomerDetails details, VehicleDetails vehicle) {
            Seen(int line, UUID id, CustomerDetails details) {
                this(line, id, details, null);
            }
        }

        final Map<String, Seen> phones = new HashMap<>();
        final Map<String, UUID> emails = new HashMap<>();
        final Map<String, UUID> gstins = new HashMap<>();
        final Map<String, Seen> vehicles = new HashMap<>();
    }

    /** One chunk's decisions; merged into the file's state only once its transaction committed. */
    static final class Plan {
        final Map<UUID, CustomerDetails> createdCustomers = new LinkedHashMap<>();
        final Map<UUID, CustomerDetails> updatedCustomers = new LinkedHashMap<>();
        final Map<UUID, Long> versions = new HashMap<>();
        final List<NewVehicle> createdVehicles = new ArrayList<>();
        final Map<UUID, VehicleDetails> updatedVehicles = new LinkedHashMap<>();
        final Map<String, FileState.Seen> seenPhones = new HashMap<>();
        final Map<String, UUID> emails = new HashMap<>();
        final Map<String, UUID> gstins = new HashMap<>();
        final Map<String, FileState.Seen> seenVehicles = new HashMap<>();
        final List<Outcome> outcomes = new ArrayList<>();
        final List<ImportReport.Rejected> rejected = new ArrayList<>();

        void commitTo(FileState state, Tally tally) {
            state.phones.putAll(seenPhones);
            state.emails.putAll(emails);
            state.gstins.putAll(gstins);
            state.vehicles.putAll(seenVehicles);
            outcomes.forEach(tally::count);
            rejected.forEach(r -> tally.reject(r.line(), r.reasons()));
        }
    }

    /** The running totals of the report. */
    static final class Tally {
        private int created;
        private int updated;
        private int unchanged;
        private final List<ImportReport.Rejected> rejected = new ArrayList<>();

        void count(Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        void reject(int line, List<String> reasons) {
            rejected.add(new ImportReport.Rejected(line, reasons));
        }

        ImportReport report(int rows) {
            List<ImportReport.Rejected> sorted = new ArrayList<>(rejected);
            sorted.sort(java.util.Comparator.comparingInt(ImportReport.Rejected::line));
            return new ImportReport(rows, created + updated + unchanged, created, updated, unchanged, sorted);
        }
    }
}
