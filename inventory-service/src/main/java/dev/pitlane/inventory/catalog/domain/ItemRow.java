package dev.pitlane.inventory.catalog.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.pitlane.inventory.catalog.domain.ItemColumns.*;

/**
 * One row of a catalog file, checked cell by cell. Only the columns the file has ({@code present}) change a stored
 * item: a price list with sku, sellingPrice and standardCost touches prices only. A blank cell in a present column
 * clears an optional field.
 */
public record ItemRow(int line, Set<String> present, String sku, String partNumber, String name, String description,
                      String brand, List<String> categoryPath, String unitCode, String hsnCode, BigDecimal gstRate,
                      BigDecimal sellingPrice, BigDecimal standardCost, String barcode, TrackingMode trackingMode,
                      Integer shelfLifeDays, String supersededBy, LocalDate priceEffectiveFrom) {

    /** A cell that cannot be taken as it is. */
    public record CellProblem(String column, String reason) {
    }

    public record Parsed(ItemRow row, List<CellProblem> problems) {
    }

    public boolean has(String column) {
        return present.contains(column);
    }

    public boolean changesPrices() {
        return has(SELLING_PRICE) || has(STANDARD_COST);
    }

    /**
     * @param cells           the row's cells by canonical column key
     * @param defaultEffective the day prices take effect when the row names none
     * @param today           prices may not take effect after today (nothing would switch them over)
     */
    public static Parsed parse(int line, Set<String> present, Map<String, String> cells, LocalDate defaultEffective,
                               LocalDate today) {
        List<CellProblem> problems = new ArrayList<>();
        Reader r = new Reader(cells, problems);
        String sku = r.text(SKU, 64);
        String partNumber = r.text(PART_NUMBER, 64);
        if (sku == null && partNumber == null) {
            problems.add(new CellProblem(display(SKU), "a row needs a SKU or a part number"));
        }
        String name = r.text(NAME, 200);
        if (present.contains(NAME) && name == null) {
            problems.add(new CellProblem(display(NAME), "must not be blank"));
        }
        String path = r.text(CATEGORY_PATH, 1000);
        List<String> categoryPath = path == null ? List.of()
                : Arrays.stream(path.split(">")).map(String::strip).toList();
        if (categoryPath.stream().anyMatch(String::isEmpty)) {
            problems.add(new CellProblem(display(CATEGORY_PATH), "a category name is empty (write \"Brakes > Pads\")"));
        }
        String unit = r.text(UNIT, 32);
        if (present.contains(UNIT) && unit == null) {
            problems.add(new CellProblem(display(UNIT), "must not be blank"));
        }
        BigDecimal gst = r.decimal(GST_RATE, 2);
        if (gst != null && !GstRate.isSlab(gst)) {
            problems.add(new CellProblem(display(GST_RATE), "must be a GST slab: " + GstRate.SLABS));
        }
        if (present.contains(GST_RATE) && gst == null && cells.get(GST_RATE) == null) {
            problems.add(new CellProblem(display(GST_RATE), "must not be blank"));
        }
        TrackingMode tracking = null;
        String trackingText = r.text(TRACKING_MODE, 16);
        if (trackingText != null) {
            try {
                tracking = TrackingMode.valueOf(trackingText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new CellProblem(display(TRACKING_MODE), "must be NONE, BATCH or SERIAL"));
            }
        }
        Integer shelfLife = r.wholeNumber(SHELF_LIFE_DAYS);
        if (shelfLife != null && shelfLife < 1) {
            problems.add(new CellProblem(display(SHELF_LIFE_DAYS), "must be at least 1"));
        }
        LocalDate effective = r.date(PRICE_EFFECTIVE_FROM);
        if (effective != null && effective.isAfter(today)) {
            problems.add(new CellProblem(display(PRICE_EFFECTIVE_FROM), "must not be after today (" + today + ")"));
        }
        ItemRow row = new ItemRow(line, present, sku, partNumber, name, r.text(DESCRIPTION, 2000),
                r.text(BRAND, 100), categoryPath, unit, r.text(HSN_CODE, 8), gst, r.decimal(SELLING_PRICE, 2),
                r.decimal(STANDARD_COST, 4), r.text(BARCODE, 64), tracking, shelfLife, r.text(SUPERSEDED_BY, 64),
                effective == null ? defaultEffective : effective);
        if (row.supersededBy() != null && (row.supersededBy().equalsIgnoreCase(sku)
                || row.supersededBy().equalsIgnoreCase(partNumber))) {
            problems.add(new CellProblem(display(SUPERSEDED_BY), "an item cannot be superseded by itself"));
        }
        return new Parsed(row, problems);
    }

    /** Reads typed cells, noting every cell it cannot take. */
    private record Reader(Map<String, String> cells, List<CellProblem> problems) {

        String text(String column, int maxLength) {
            String v = cells.get(column);
            if (v == null || v.isBlank()) {
                return null;
            }
            v = v.strip();
            if (v.length() > maxLength) {
                problems.add(new CellProblem(display(column), "at most " + maxLength + " characters"));
            }
            return v;
        }

        BigDecimal decimal(String column, int maxScale) {
            String v = text(column, 40);
            if (v == null) {
                return null;
            }
            try {
                BigDecimal d = new BigDecimal(v.replace(",", ""));
                if (d.signum() < 0) {
                    problems.add(new CellProblem(display(column), "must not be negative"));
                    return null;
                }
                d = d.stripTrailingZeros();
                if (d.scale() > maxScale) {
                    problems.add(new CellProblem(display(column), "at most " + maxScale + " decimals"));
                    return null;
                }
                return d.scale() < 0 ? d.setScale(0) : d;
            } catch (NumberFormatException e) {
                problems.add(new CellProblem(display(column), "must be a number"));
                return null;
            }
        }

        Integer wholeNumber(String column) {
            String v = text(column, 10);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                problems.add(new CellProblem(display(column), "must be a whole number"));
                return null;
            }
        }

        LocalDate date(String column) {
            String v = text(column, 10);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problems.add(new CellProblem(display(column), "must be a date as 2026-01-31"));
                return null;
            }
        }
    }
}
