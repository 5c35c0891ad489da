package dev.pitlane.inventory.catalog.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of the catalog import and export, in export order. A header is matched by its key (case, spaces,
 * underscores and hyphens ignored), and some by the names OEM price lists use ({@code MRP}, {@code HSN}).
 */
public final class ItemColumns {

    public static final String SKU = "sku";
    public static final String PART_NUMBER = "partnumber";
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
    public static final String BRAND = "brand";
    public static final String CATEGORY_PATH = "categorypath";
    public static final String UNIT = "unit";
    public static final String HSN_CODE = "hsncode";
    public static final String GST_RATE = "gstrate";
    public static final String SELLING_PRICE = "sellingprice";
    public static final String STANDARD_COST = "standardcost";
    public static final String BARCODE = "barcode";
    public static final String TRACKING_MODE = "trackingmode";
    public static final String SHELF_LIFE_DAYS = "shelflifedays";
    public static final String SUPERSEDED_BY = "supersededby";
    public static final String PRICE_EFFECTIVE_FROM = "priceeffectivefrom";

    /** The export's header, as a person reads it; each one's key is the constant above. */
    public static final List<String> HEADER = List.of("sku", "partNumber", "name", "description", "brand",
            "categoryPath", "unit", "hsnCode", "gstRate", "sellingPrice", "standardCost", "barcode", "trackingMode",
            "shelfLifeDays", "supersededBy", "priceEffectiveFrom");

    /** Other names for a column, as price lists write them. */
    public static final Map<String, String> ALIASES = Map.of("mrp", SELLING_PRICE, "price", SELLING_PRICE,
            "hsn", HSN_CODE, "category", CATEGORY_PATH, "gst", GST_RATE, "cost", STANDARD_COST,
            "effectivefrom", PRICE_EFFECTIVE_FROM, "partno", PART_NUMBER);

    public static final Set<String> KEYS = Set.of(SKU, PART_NUMBER, NAME, DESCRIPTION, BRAND, CATEGORY_PATH, UNIT,
            HSN_CODE, GST_RATE, SELLING_PRICE, STANDARD_COST, BARCODE, TRACKING_MODE, SHELF_LIFE_DAYS, SUPERSEDED_BY,
            PRICE_EFFECTIVE_FROM);

    /** The separator of a category path: "Brakes > Brake pads". */
    public static final String PATH_SEPARATOR = " > ";

    private ItemColumns() {
    }

    public static String canonical(String key) {
        return ALIASES.getOrDefault(key, key);
    }

    public static String display(String key) {
        return HEADER.stream().filter(h -> h.equalsIgnoreCase(key)).findFirst().orElse(key);
    }
}
