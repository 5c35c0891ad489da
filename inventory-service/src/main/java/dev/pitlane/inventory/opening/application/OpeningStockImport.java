package dev.pitlane.inventory.opening.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.inventory.catalog.application.ItemCatalog;
import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import dev.pitlane.inventory.location.application.LocationService;
import dev.pitlane.inventory.location.application.LocationType;
import dev.pitlane.inventory.location.application.LocationView;
import dev.pitlane.inventory.opening.domain.OpeningLine;
import dev.pitlane.inventory.opening.persistence.OpeningStockRepository;
import dev.pitlane.inventory.stock.application.Posting;
import dev.pitlane.inventory.stock.application.StockEngine;
import dev.pitlane.inventory.stock.domain.AdjustmentReason;
import dev.pitlane.inventory.stock.domain.Move;
import dev.pitlane.inventory.stock.domain.SourceDocumentType;
import dev.pitlane.platform.imports.ImportOutcome;
import dev.pitlane.platform.imports.ImportRun;
import dev.pitlane.platform.imports.Importer;
import dev.pitlane.platform.imports.RowListener;
import dev.pitlane.platform.imports.RowProblem;
import dev.pitlane.platform.imports.SheetRow;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The stock each location holds on the day it goes live, as one OPENING_BALANCE adjustment posting per location
 * through the stock engine (ledger, balances, batches, serials, valuation and StockChanged events as for any
 * posting). A location's rows post together or not at all. A location with any movement already is refused unless
 * an administrator confirms a re-opening; the re-opening's posting adds the file's quantities to what is there.
 */
@Service
public class OpeningStockImport {

    public static final String KIND = "opening-stock";
    private static final int LOOKUP_CHUNK = 1_000;

    private final ItemCatalog catalog;
    private final LocationService locations;
    private final OpeningStockRepository ledger;
    private final StockEngine engine;

    OpeningStockImport(ItemCatalog catalog, LocationService locations, OpeningStockRepository ledger,
                       StockEngine engine) {
        this.catalog = catalog;
        this.locations = locations;
        this.ledger = ledger;
        this.engine = engine;
    }

    public Importer importer(boolean reopen) {
        return run -> new Session(run, reopen).importFile();
    }

    /** One location's valid rows, waiting to post together. */
    private record Pending(int line, Move move) {
    }

    private final class Session implements RowListener {
        private final ImportRun run;
        private final boolean reopen;
        private final Caller caller = TenantContext.caller();
        private final Map<String, LocationView> byCode = new HashMap<>();
        private final Map<UUID, List<Pending>> perLocation = new LinkedHashMap<>();
        private final List<OpeningLine> unresolved = new ArrayList<>();
        private final Set<String> serialsSeen = new HashSet<>();

        Session(ImportRun run, boolean reopen) {
            this.run = run;
            this.reopen = reopen;
            locations.list(null, null).forEach(l -> byCode.put(l.code(), l));
        }

        void importFile() {
            run.read(this);
            resolve();
            Set<UUID> started = ledger.withMovements(caller.organizationId(), perLocation.keySet());
            perLocation.forEach((location, lines) -> post(location, lines, started.contains(location)));
            run.tally().checkpoint();
        }

        @Override
        public void header(List<String> columnKeys) {
            Set<String> known = Set.of("location", "sku", "partnumber", "quantity", "unitcost", "batchnumber",
                    "expireson", "serialnumbers");
            List<String> unknown = columnKeys.stream().filter(k -> !k.isEmpty() && !known.contains(k)).toList();
            if (!unknown.isEmpty()) {
                throw DomainException.unprocessable("unknown-columns", "Unknown columns " + unknown + "; columns are "
                        + OpeningLine.HEADER);
            }
            for (String required : List.of("location", "quantity", "unitcost")) {
                if (!columnKeys.contains(required)) {
                    throw DomainException.unprocessable("missing-columns", "The file needs the columns location, sku "
                            + "(or partNumber), quantity and unitCost; columns are " + OpeningLine.HEADER);
                }
            }
            if (!columnKeys.contains("sku") && !columnKeys.contains("partnumber")) {
                throw DomainException.unprocessable("missing-columns", "The file needs a sku or partNumber column");
            }
        }

        @Override
        public void row(SheetRow row) {
            OpeningLine.Parsed parsed = OpeningLine.parse(row.line(), row.cells());
            if (!parsed.problems().isEmpty()) {
                run.tally().reject(parsed.problems().stream()
                        .map(p -> new RowProblem(row.line(), p.column(), p.reason())).toList());
                return;
            }
            unresolved.add(parsed.line());
            if (unresolved.size() == LOOKUP_CHUNK) {
                resolve();
            }
        }

        /** Looks up a chunk's items at once and turns each valid row into its location's move. */
        private void resolve() {
            Set<String> keys = new HashSet<>();
            unresolved.forEach(l -> keys.add(l.itemKey().toLowerCase(Locale.ROOT)));
            Map<String, UUID> ids = catalog.idsByKeys(keys);
            Map<UUID, ItemFacts> facts = catalog.facts(new HashSet<>(ids.values()));
            for (OpeningLine l : unresolved) {
                List<RowProblem> problems = new ArrayList<>();
                LocationView location = byCode.get(l.location());
                if (location == null) {
                    problems.add(new RowProblem(l.line(), "location", "no location with code " + l.location()));
                } else if (location.type() == LocationType.SERVICE_CENTER_STORE
                        && !caller.mayAccessServiceCenter(location.serviceCenterId())) {
                    problems.add(new RowProblem(l.line(), "location", "not one of your service centers' stores"));
                }
                UUID itemId = ids.get(l.itemKey().toLowerCase(Locale.ROOT));
                ItemFacts item = itemId == null ? null : facts.get(itemId);
                if (item == null) {
                    problems.add(new RowProblem(l.line(), "sku", "no item with SKU or part number " + l.itemKey()));
                } else {
                    checkTracking(l, item, problems);
                }
                if (!problems.isEmpty()) {
                    run.tally().reject(problems);
                    continue;
                }
                Move.BatchRef batch = l.batchNumber() == null ? null
                        : new Move.BatchRef(l.batchNumber(), l.expiresOn(), null);
                perLocation.computeIfAbsent(location.id(), k -> new ArrayList<>()).add(new Pending(l.line(),
                        new Move.Adjust(itemId, location.id(), l.quantity(), AdjustmentReason.OPENING_BALANCE,
                                l.unitCost(), batch, null, l.serialNumbers().isEmpty() ? null : l.serialNumbers(),
                                null)));
            }
            unresolved.clear();
        }

        private void checkTracking(OpeningLine l, ItemFacts item, List<RowProblem> problems) {
            if (!item.fractional() && l.quantity().stripTrailingZeros().scale() > 0) {
                problems.add(new RowProblem(l.line(), "quantity", "the item is counted in whole units"));
            }
            switch (item.trackingMode()) {
                case BATCH -> {
                    if (l.batchNumber() == null) {
                        problems.add(new RowProblem(l.line(), "batchNumber", "the item is tracked by batch"));
                    }
                }
                case SERIAL -> {
                    if (new BigDecimal(l.serialNumbers().size()).compareTo(l.quantity()) != 0) {
                        problems.add(new RowProblem(l.line(), "serialNumbers", "the item is tracked by serial "
                                + "number: give one per unit (" + l.quantity().toPlainString() + ")"));
                    }
                    for (String serial : l.serialNumbers()) {
                        if (!serialsSeen.add(item.id() + "/" + serial)) {
                            problems.add(new RowProblem(l.line(), "serialNumbers", "serial number " + serial
                                    + " is already on another row"));
                        }
                    }
                }
                case NONE -> {
                    if (l.batchNumber() != null || !l.serialNumbers().isEmpty()) {
                        problems.add(new RowProblem(l.line(), l.batchNumber() != null ? "batchNumber"
                                : "serialNumbers", "the item is tracked neither by batch nor by serial number"));
                    }
                }
            }
            if (item.trackingMode() != TrackingMode.BATCH && l.expiresOn() != null) {
                problems.add(new RowProblem(l.line(), "expiresOn", "only a batch has an expiry date"));
            }
        }

        private void post(UUID location, List<Pending> lines, boolean hasMovements) {
            if (hasMovements && !reopen) {
                rejectAll(lines, "location", "the location already has stock movements; an administrator may "
                        + "confirm a re-opening (reopen=true)");
                return;
            }
            if (run.dryRun()) {
                lines.forEach(l -> run.tally().count(ImportOutcome.CREATED));
                return;
            }
            String note = (hasMovements ? "Re-opening confirmed by " + caller.subject() + "; " : "")
                    + "opening stock import " + run.jobId();
            try {
                engine.post(new Posting(SourceDocumentType.OPENING_STOCK_IMPORT, run.jobId() + "/" + location, note,
                        null, null, lines.stream().map(Pending::move).toList()));
                lines.forEach(l -> run.tally().count(ImportOutcome.CREATED));
            } catch (DomainException | DataAccessException e) {
                rejectAll(lines, null, "the location's opening stock was refused, nothing posted: "
                        + e.getMessage());
            }
            run.tally().checkpoint();
        }

        private void rejectAll(List<Pending> lines, String column, String reason) {
            lines.forEach(l -> run.tally().reject(l.line(), column, reason));
        }
    }
}
