package dev.pitlane.inventory.catalog.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.inventory.catalog.domain.ItemColumns;
import dev.pitlane.inventory.catalog.domain.ItemRow;
import dev.pitlane.inventory.catalog.domain.Supersession;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import dev.pitlane.inventory.catalog.persistence.ItemImportRepository;
import dev.pitlane.inventory.catalog.persistence.ItemRepository;
import dev.pitlane.inventory.config.InventoryProperties;
import dev.pitlane.platform.imports.ImportOutcome;
import dev.pitlane.platform.imports.ImportRun;
import dev.pitlane.platform.imports.Importer;
import dev.pitlane.platform.imports.RowListener;
import dev.pitlane.platform.imports.RowProblem;
import dev.pitlane.platform.imports.SheetRow;
import dev.pitlane.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.pitlane.inventory.catalog.domain.ItemColumns.*;

/**
 * Imports a parts catalog or an OEM price list. Rows are checked, then applied 1,000 at a time, each chunk in one
 * transaction with batched statements; a chunk the database refuses (an item changed meanwhile, a barcode taken)
 * is redone a row per transaction, so a row is applied whole or not at all. Items are matched by SKU, else part
 * number; only the file's columns change a stored item; a changed price is recorded with the day it takes effect
 * (old prices stay in {@code item_prices}). The same file again changes nothing. Missing categories of a path are
 * created. A row superseded by an item further down the file waits until that item exists.
 */
@Service
public class ItemImport {

    public static final String KIND = "items";
    private static final int CHUNK = 1_000;
    private static final Logger log = LoggerFactory.getLogger(ItemImport.class);

    private final ItemImportRepository rows;
    private final ItemRepository items;
    private final CategoryService categories;
    private final UnitService units;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final InventoryProperties properties;

    ItemImport(ItemImportRepository rows, ItemRepository items, CategoryService categories, UnitService units,
               PlatformTransactionManager transactionManager, Clock clock, InventoryProperties properties) {
        this.rows = rows;
        this.items = items;
        this.categories = categories;
        this.units = units;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
    }

    /** The day prices take effect when neither the row nor the request names one: today, in the business zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.businessZone()));
    }

    /** Checks the request's options before the job starts, so a bad one is a 400 and no job. */
    public Map<String, String> options(String effectiveFrom) {
        if (effectiveFrom == null || effectiveFrom.isBlank()) {
            return Map.of();
        }
        try {
            LocalDate day = LocalDate.parse(effectiveFrom.strip());
            if (day.isAfter(today())) {
                throw DomainException.invalidField("effectiveFrom", "Past", "must not be after today (" + today() + ")");
            }
            return Map.of("effectiveFrom", day.toString());
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField("effectiveFrom", "Date", "must be a date as 2026-01-31");
        }
    }

    public Importer importer() {
        return run -> new Session(run).importFile();
    }

    /** One file's import: what earlier chunks did, so a later row is checked against the file as well. */
    private final class Session implements RowListener {
        private final ImportRun run;
        private final UUID org = TenantContext.organizationId();
        private final String subject = TenantContext.caller().subject();
        private final LocalDate today = today();
        private final LocalDate defaultEffective;
        private final Map<String, UnitView> unitsByCode = new HashMap<>();
        private final CategoryPaths paths;
        /** lower-cased SKUs and part numbers of accepted rows: their line and item */
        private final Map<String, Seen> seen = new HashMap<>();
        private final Map<UUID, UUID> successorsSet = new HashMap<>();
        private Set<String> present;
        private List<ItemRow> buffer = new ArrayList<>();
        private List<ItemRow> waiting = new ArrayList<>();

        Session(ImportRun run) {
            this.run = run;
            String effective = run.option("effectiveFrom");
            this.defaultEffective = effective == null ? today : LocalDate.parse(effective);
            units.list().forEach(u -> unitsByCode.put(u.code(), u));
            this.paths = new CategoryPaths(categories.list());
        }

        void importFile() {
            long started = System.nanoTime();
            run.read(this);
            if (present == null) {
                throw DomainException.unprocessable("missing-columns", "The file has no header row; columns are "
                        + ItemColumns.HEADER);
            }
            flush();
            // rows superseded by an item further down: again while some of them go through
            while (!waiting.isEmpty()) {
                List<ItemRow> again = waiting;
                waiting = new ArrayList<>();
                for (int from = 0; from < again.size(); from += CHUNK) {
                    apply(again.subList(from, Math.min(again.size(), from + CHUNK)));
                }
                if (waiting.size() == again.size()) {
                    for (ItemRow row : waiting) {
                        run.tally().reject(row.line(), display(SUPERSEDED_BY), "no item with SKU or part number "
                                + row.supersededBy());
                    }
                    waiting.clear();
                }
            }
            run.tally().checkpoint();
            log.info("Item import {}: {} rows in {} ms", run.jobId(), run.tally().rows(),
                    (System.nanoTime() - started) / 1_000_000);
        }

        @Override
        public void header(List<String> columnKeys) {
            Set<String> canonical = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String key : columnKeys) {
                if (key.isEmpty()) {
                    continue;
                }
                String c = ItemColumns.canonical(key);
                if (!ItemColumns.KEYS.contains(c)) {
                    unknown.add(key);
                } else if (!canonical.add(c)) {
                    throw DomainException.unprocessable("duplicate-columns", "The column " + display(c)
                            + " appears twice");
                }
            }
            if (!unknown.isEmpty()) {
                throw DomainException.unprocessable("unknown-columns", "Unknown columns " + unknown + "; columns are "
                        + ItemColumns.HEADER + " (also: " + ItemColumns.ALIASES.keySet() + ")");
            }
            if (!canonical.contains(SKU) && !canonical.contains(PART_NUMBER)) {
                throw DomainException.unprocessable("missing-columns", "The file needs a sku or partNumber column; "
                        + "columns are " + ItemColumns.HEADER);
            }
            present = Set.copyOf(canonical);
        }

        @Override
        public void row(SheetRow row) {
            Map<String, String> cells = new HashMap<>();
            row.cells().forEach((k, v) -> {
                if (!k.isEmpty()) {
                    cells.put(ItemColumns.canonical(k), v);
                }
            });
            ItemRow.Parsed parsed = ItemRow.parse(row.line(), present, cells, defaultEffective, today);
            if (!parsed.problems().isEmpty()) {
                run.tally().reject(parsed.problems().stream()
                        .map(p -> new RowProblem(row.line(), p.column(), p.reason())).toList());
                return;
            }
            buffer.add(parsed.row());
            if (buffer.size() == CHUNK) {
                flush();
            }
        }

        private void flush() {
            if (!buffer.isEmpty()) {
                apply(buffer);
                buffer = new ArrayList<>();
            }
        }

        /** A chunk in one transaction; if the database refuses it, a row per transaction. */
        private void apply(List<ItemRow> chunk) {
            if (run.dryRun()) {
                plan(chunk).commitTo(this);
                run.tally().checkpoint();
                return;
            }
            try {
                Plan plan = transactions.execute(s -> write(plan(chunk)));
                plan.commitTo(this);
            } catch (DataAccessException e) {
                log.info("Item import chunk at line {} failed ({}); redoing it a row at a time", chunk.get(0).line(),
                        e.getMostSpecificCause().getMessage());
                paths.reload(categories.list());
                for (ItemRow row : chunk) {
                    try {
                        Plan plan = transactions.execute(s -> write(plan(List.of(row))));
                        plan.commitTo(this);
                    } catch (DataAccessException rowFailure) {
                        paths.reload(categories.list());
                        run.tally().reject(row.line(), null, "refused by the database: "
                                + rowFailure.getMostSpecificCause().getMessage());
                    }
                }
            }
            run.tally().checkpoint();
        }

        private Plan write(Plan plan) {
            rows.insertCategories(org, plan.categoryPlan.missing());
            rows.insertAll(org, plan.created);
            rows.updateAll(org, plan.updated);
            rows.recordPrices(org, plan.prices, subject, run.jobId());
            return plan;
        }

        private Plan plan(List<ItemRow> chunk) {
            Set<String> keys = new HashSet<>();
            for (ItemRow r : chunk) {
                addKey(keys, r.sku());
                addKey(keys, r.partNumber());
                addKey(keys, r.supersededBy());
            }
            Map<String, StoredItem> stored = new HashMap<>();
            for (StoredItem s : rows.byKeys(org, keys)) {
                stored.put("sku:" + lower(s.fields().sku()), s);
                stored.put("pn:" + lower(s.fields().partNumber()), s);
            }
            Plan plan = new Plan(paths);
            Set<UUID> matchedIds = new HashSet<>();
            for (ItemRow r : chunk) {
                StoredItem match = match(r, stored);
                if (match != null) {
                    matchedIds.add(match.id());
                }
            }
            Set<UUID> locked = new HashSet<>(rows.withHistory(org, matchedIds));
            for (ItemRow r : chunk) {
                planRow(r, stored, locked, plan);
            }
            return plan;
        }

        private StoredItem match(ItemRow r, Map<String, StoredItem> stored) {
            StoredItem bySku = r.sku() == null ? null : stored.get("sku:" + lower(r.sku()));
            return bySku != null ? bySku : r.partNumber() == null ? null : stored.get("pn:" + lower(r.partNumber()));
        }

        private void planRow(ItemRow r, Map<String, StoredItem> stored, Set<UUID> locked, Plan plan) {
            List<RowProblem> problems = new ArrayList<>();
            for (String key : new String[]{r.sku(), r.partNumber()}) {
                Seen earlier = key == null ? null : plan.seen.getOrDefault(lower(key), seen.get(lower(key)));
                if (earlier != null) {
                    problems.add(new RowProblem(r.line(), display(key.equals(r.sku()) ? SKU : PART_NUMBER),
                            key + " is already on line " + earlier.line()));
                }
            }
            StoredItem bySku = r.sku() == null ? null : stored.get("sku:" + lower(r.sku()));
            StoredItem byPn = r.partNumber() == null ? null : stored.get("pn:" + lower(r.partNumber()));
            if (bySku != null && byPn != null && !bySku.id().equals(byPn.id())) {
                problems.add(new RowProblem(r.line(), display(PART_NUMBER), "part number " + r.partNumber()
                        + " belongs to another item (SKU " + byPn.fields().sku() + ")"));
            }
            StoredItem existing = bySku != null ? bySku : byPn;
            if (existing == null) {
                requireForCreate(r, problems);
            }
            UUID unitId = null;
            if (r.unitCode() != null) {
                UnitView unit = unitsByCode.get(r.unitCode());
                if (unit == null) {
                    problems.add(new RowProblem(r.line(), display(UNIT), "no unit with code " + r.unitCode()));
                } else {
                    unitId = unit.id();
                }
            }
            UUID successor = null;
            if (r.supersededBy() != null) {
                Seen target = plan.seen.getOrDefault(lower(r.supersededBy()), seen.get(lower(r.supersededBy())));
                StoredItem targetStored = stored.getOrDefault("sku:" + lower(r.supersededBy()),
                        stored.get("pn:" + lower(r.supersededBy())));
                successor = target != null ? target.id() : targetStored != null ? targetStored.id() : null;
                if (successor == null && problems.isEmpty()) {
                    plan.waiting.add(r);
                    return;
                }
            }
            if (!problems.isEmpty()) {
                run.tally().reject(problems);
                return;
            }
            UUID id = existing == null ? UUID.randomUUID() : existing.id();
            StoredItem.Fields before = existing == null ? null : existing.fields();
            UUID categoryId = r.has(CATEGORY_PATH) ? plan.category(r.categoryPath(), r.line()) : before == null ? null
                    : before.categoryId();
            StoredItem.Fields after = new StoredItem.Fields(
                    pick(r, SKU, r.sku(), before == null ? null : before.sku()),
                    pick(r, PART_NUMBER, r.partNumber(), before == null ? null : before.partNumber()),
                    pick(r, NAME, r.name(), before == null ? null : before.name()),
                    pick(r, DESCRIPTION, r.description(), before == null ? null : before.description()),
                    pick(r, BRAND, r.brand(), before == null ? null : before.brand()),
                    categoryId,
                    pick(r, UNIT, unitId, before == null ? null : before.unitId()),
                    pick(r, HSN_CODE, r.hsnCode(), before == null ? null : before.hsnCode()),
                    pick(r, GST_RATE, r.gstRate(), before == null ? null : before.gstRate()),
                    pick(r, SELLING_PRICE, r.sellingPrice(), before == null ? null : before.sellingPrice()),
                    pick(r, STANDARD_COST, r.standardCost(), before == null ? null : before.standardCost()),
                    pick(r, BARCODE, r.barcode(), before == null ? null : before.barcode()),
                    r.has(TRACKING_MODE) ? (r.trackingMode() == null ? TrackingMode.NONE : r.trackingMode())
                            : before == null ? TrackingMode.NONE : before.trackingMode(),
                    pick(r, SHELF_LIFE_DAYS, r.shelfLifeDays(), before == null ? null : before.shelfLifeDays()),
                    pick(r, SUPERSEDED_BY, successor, before == null ? null : before.supersededById()));
            checkAgainstStored(r, id, before, after, locked, plan, problems);
            boolean pricesChange = r.changesPrices() && (before == null || !before.samePrices(after));
            if (pricesChange && existing != null && existing.pricesSince() != null
                    && r.priceEffectiveFrom().isBefore(existing.pricesSince())) {
                problems.add(new RowProblem(r.line(), display(PRICE_EFFECTIVE_FROM), "the item has prices from "
                        + existing.pricesSince() + "; a price list cannot take effect before them"));
            }
            if (!problems.isEmpty()) {
                plan.forgetCategoriesOf(r.line());
                run.tally().reject(problems);
                return;
            }
            plan.seen.put(lower(after.sku()), new Seen(r.line(), id));
            plan.seen.put(lower(after.partNumber()), new Seen(r.line(), id));
            if (!java.util.Objects.equals(after.supersededById(), before == null ? null : before.supersededById())) {
                plan.successors.put(id, after.supersededById());
            }
            if (pricesChange) {
                plan.prices.add(new ItemImportRepository.PriceRow(id, r.priceEffectiveFrom(), after.sellingPrice(),
                        after.standardCost()));
            }
            if (existing == null) {
                plan.created.add(new StoredItem(id, 0, after, null));
                plan.outcomes.add(ImportOutcome.CREATED);
            } else if (!after.equals(before)) {
                plan.updated.add(new StoredItem(id, existing.version(), after, existing.pricesSince()));
                plan.outcomes.add(ImportOutcome.UPDATED);
            } else {
                plan.outcomes.add(ImportOutcome.UNCHANGED);
            }
        }

        private void checkAgainstStored(ItemRow r, UUID id, StoredItem.Fields before, StoredItem.Fields after,
                                        Set<UUID> locked, Plan plan, List<RowProblem> problems) {
            if (before != null && locked.contains(id)) {
                if (!before.unitId().equals(after.unitId())) {
                    problems.add(new RowProblem(r.line(), display(UNIT), "cannot change once the item has stock "
                            + "movements"));
                }
                if (before.trackingMode() != after.trackingMode()) {
                    problems.add(new RowProblem(r.line(), display(TRACKING_MODE), "cannot change once the item has "
                            + "stock movements"));
                }
            }
            if (after.trackingMode() == TrackingMode.SERIAL && after.unitId() != null
                    && unitsByCode.values().stream().anyMatch(u -> u.id().equals(after.unitId()) && u.fractional())) {
                problems.add(new RowProblem(r.line(), display(TRACKING_MODE), "serial numbers need a counted unit"));
            }
            UUID successor = after.supersededById();
            if (successor != null && !successor.equals(before == null ? null : before.supersededById())) {
                if (successor.equals(id)) {
                    problems.add(new RowProblem(r.line(), display(SUPERSEDED_BY), "an item cannot be superseded by "
                            + "itself"));
                } else if (Supersession.wouldLoop(id, successor, i -> successorOf(plan, i))) {
                    problems.add(new RowProblem(r.line(), display(SUPERSEDED_BY), "the replacement chain would lead "
                            + "back to this item"));
                }
            }
        }

        private Optional<UUID> successorOf(Plan plan, UUID item) {
            if (plan.successors.containsKey(item)) {
                return Optional.ofNullable(plan.successors.get(item));
            }
            if (successorsSet.containsKey(item)) {
                return Optional.ofNullable(successorsSet.get(item));
            }
            return items.successorOf(org, item);
        }

        private void requireForCreate(ItemRow r, List<RowProblem> problems) {
            Map<String, Object> required = new java.util.LinkedHashMap<>();
            required.put(SKU, r.sku());
            required.put(PART_NUMBER, r.partNumber());
            required.put(NAME, r.name());
            required.put(UNIT, r.unitCode());
            required.put(GST_RATE, r.gstRate());
            required.forEach((column, value) -> {
                if (value == null) {
                    problems.add(new RowProblem(r.line(), display(column), "required to create an item"));
                }
            });
        }
    }

    private static <T> T pick(ItemRow r, String column, T fileValue, T storedValue) {
        return r.has(column) ? fileValue : storedValue;
    }

    private static void addKey(Set<String> keys, String key) {
        if (key != null) {
            keys.add(lower(key));
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    record Seen(int line, UUID id) {
    }

    /** One chunk's decisions; merged into the file's session only once its transaction committed. */
    private static final class Plan {
        final CategoryPaths.Pending categoryPlan;
        final List<StoredItem> created = new ArrayList<>();
        final List<StoredItem> updated = new ArrayList<>();
        final List<ItemImportRepository.PriceRow> prices = new ArrayList<>();
        final Map<String, Seen> seen = new HashMap<>();
        final Map<UUID, UUID> successors = new HashMap<>();
        final List<ImportOutcome> outcomes = new ArrayList<>();
        final List<ItemRow> waiting = new ArrayList<>();

        Plan(CategoryPaths paths) {
            this.categoryPlan = paths.pending();
        }

        UUID category(List<String> path, int line) {
            return path.isEmpty() ? null : categoryPlan.resolve(path, line);
        }

        void forgetCategoriesOf(int line) {
            categoryPlan.forget(line);
        }

        void commitTo(Session session) {
            session.seen.putAll(seen);
            session.successorsSet.putAll(successors);
            session.paths.accept(categoryPlan);
            session.waiting.addAll(waiting);
            outcomes.forEach(session.run.tally()::count);
        }
    }
}
