package dev.pitlane.procurement.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The demo parts catalog as procurement knows it. Inventory owns items; both services derive the same id from
 * the SKU: {@code UUID.nameUUIDFromBytes(("demo-item:" + sku).getBytes(UTF_8))} (name-based, version 3).
 */
final class DemoItems {

    record DemoItem(String sku, String name, String supplier, String supplierPartNumber, BigDecimal price,
                    BigDecimal taxRate) {
        UUID id() {
            return idOf(sku);
        }
    }

    static final DemoItem OIL_FILTER = item("OF-BOSCH-0986", "Oil filter (Bosch 0 986 AF0 134)", "Bosch India",
            "0986AF0134", "285.00", "18");
    static final DemoItem SPARK_PLUG = item("SP-BOSCH-FR7", "Spark plug Bosch FR7DC+", "Bosch India", "0242235666",
            "165.00", "28");
    static final DemoItem BRAKE_PADS = item("BP-BOSCH-F03", "Front brake pad set (Bosch)", "Bosch India",
            "F03B150302", "1450.00", "28");
    static final DemoItem HEADLAMP = item("HL-MINDA-SWIFT", "Headlamp assembly Swift (Minda)", "Minda Industries",
            "MI-HL-7781", "3150.00", "28");
    static final DemoItem BATTERY = item("BAT-EXIDE-MLDIN44", "Battery Exide Mileage DIN44", "Exide",
            "MLDIN44LH", "5990.00", "28");
    static final DemoItem ENGINE_OIL = item("EO-CASTROL-GTX-1L", "Engine oil Castrol GTX 20W-50, 1 L",
            "Castrol India", "3383918", "449.00", "18");
    /** Deliberately not stocked at the central warehouse, so its parts issue is rejected by inventory. */
    static final DemoItem CLUTCH_KIT = item("CK-VALEO-SWIFT", "Clutch kit Swift", "Minda Industries", "MI-CK-2210",
            "7400.00", "28");

    static final List<DemoItem> ALL = List.of(OIL_FILTER, SPARK_PLUG, BRAKE_PADS, HEADLAMP, BATTERY, ENGINE_OIL,
            CLUTCH_KIT);

    private DemoItems() {
    }

    static UUID idOf(String sku) {
        return UUID.nameUUIDFromBytes(("demo-item:" + sku).getBytes(StandardCharsets.UTF_8));
    }

    private static DemoItem item(String sku, String name, String supplier, String partNumber, String price,
                                 String taxRate) {
        return new DemoItem(sku, name, supplier, partNumber, new BigDecimal(price), new BigDecimal(taxRate));
    }
}
