package dev.pitlane.inventory.opening.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One row of an opening stock file: what a store holds of an item on the day it goes live, at what unit cost, in
 * which batch or under which serial numbers (separated by {@code ;}).
 */
public record OpeningLine(int line, String location, String itemKey, BigDecimal quantity, BigDecimal unitCost,
                          String batchNumber, LocalDate expiresOn, List<String> serialNumbers) {

    public static final List<String> HEADER = List.of("location", "sku", "partNumber", "quantity", "unitCost",
            "batchNumber", "expiresOn", "serialNumbers");

    public record CellProblem(String column, String reason) {
    }

    public record Parsed(OpeningLine line, List<CellProblem> problems) {
    }

    /** @param cells by column key (lower case, no spaces) */
    public static Parsed parse(int line, Map<String, String> cells) {
        List<CellProblem> problems = new ArrayList<>();
        String location = cells.get("location");
        if (location == null) {
            problems.add(new CellProblem("location", "must not be blank (the location's code)"));
        }
        String key = cells.get("sku") != null ? cells.get("sku") : cells.get("partnumber");
        if (key == null) {
            problems.add(new CellProblem("sku", "a row needs a SKU or a part number"));
        }
        BigDecimal quantity = decimal(cells, "quantity", 3, problems);
        if (quantity != null && quantity.signum() <= 0) {
            problems.add(new CellProblem("quantity", "must be more than 0"));
        }
        if (quantity == null && cells.get("quantity") == null) {
            problems.add(new CellProblem("quantity", "must not be blank"));
        }
        BigDecimal unitCost = decimal(cells, "unitcost", 4, problems);
        if (unitCost == null && cells.get("unitcost") == null) {
            problems.add(new CellProblem("unitCost", "must not be blank"));
        }
        LocalDate expires = null;
        if (cells.get("expireson") != null) {
            try {
                expires = LocalDate.parse(cells.get("expireson"));
            } catch (DateTimeParseException e) {
                problems.add(new CellProblem("expiresOn", "must be a date as 2026-01-31"));
            }
        }
        List<String> serials = cells.get("serialnumbers") == null ? List.of()
                : Arrays.stream(cells.get("serialnumbers").split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        if (serials.size() != serials.stream().distinct().count()) {
            problems.add(new CellProblem("serialNumbers", "a serial number is given twice"));
        }
        return new Parsed(new OpeningLine(line, location, key, quantity, unitCost, cells.get("batchnumber"), expires,
                serials), problems);
    }

    private static BigDecimal decimal(Map<String, String> cells, String key, int maxScale,
                                      List<CellProblem> problems) {
        String v = cells.get(key);
        String column = HEADER.stream().filter(h -> h.equalsIgnoreCase(key)).findFirst().orElse(key);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.replace(",", "")).stripTrailingZeros();
            if (d.signum() < 0) {
                problems.add(new CellProblem(column, "must not be negative"));
                return null;
            }
            if (d.scale() > maxScale) {
                problems.add(new CellProblem(column, "at most " + maxScale + " decimals"));
                return null;
            }
            return d.scale() < 0 ? d.setScale(0) : d;
        } catch (NumberFormatException e) {
            problems.add(new CellProblem(column, "must be a number"));
            return null;
        }
    }
}
