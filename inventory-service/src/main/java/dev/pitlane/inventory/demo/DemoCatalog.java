package dev.pitlane.inventory.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A few hundred realistic spare parts for Indian passenger cars, generated from part families x models. */
final class DemoCatalog {

    record Part(String sku, String partNumber, String name, String brand, String category, String subcategory,
                String unit, String hsn, BigDecimal gst, BigDecimal cost, BigDecimal price, String tracking,
                Integer shelfLifeDays) {
    }

    private record Model(String code, String name) {
    }

    private record Family(String code, String name, String brand, String category, String subcategory, String hsn,
                          int gst, int cost) {
    }

    private static final List<Model> MODELS = List.of(
            new Model("SWF", "Maruti Swift"), new Model("BLN", "Maruti Baleno"), new Model("DZR", "Maruti Dzire"),
            new Model("WGR", "Maruti WagonR"), new Model("BRZ", "Maruti Brezza"), new Model("I20", "Hyundai i20"),
            new Model("CRT", "Hyundai Creta"), new Model("VNU", "Hyundai Venue"), new Model("NXN", "Tata Nexon"),
            new Model("PNC", "Tata Punch"), new Model("X7H", "Mahindra XUV700"), new Model("SCN", "Mahindra Scorpio-N"),
            new Model("THR", "Mahindra Thar"), new Model("CTY", "Honda City"), new Model("AMZ", "Honda Amaze"),
            new Model("SLT", "Kia Seltos"), new Model("SNT", "Kia Sonet"), new Model("INC", "Toyota Innova Crysta"));

    private static final List<Family> FAMILIES = List.of(
            new Family("BPF", "Front brake pad set", "Bosch India", "Brakes", "Brake pads", "87083000", 28, 1150),
            new Family("BDF", "Front brake disc", "Brakes India", "Brakes", "Brake discs", "87083000", 28, 1850),
            new Family("OFL", "Oil filter", "Bosch India", "Filters", "Oil filters", "84212300", 18, 210),
            new Family("AFL", "Air filter element", "Purolator India", "Filters", "Air filters", "84213100", 18, 340),
            new Family("CFL", "Cabin air filter", "Mann+Hummel India", "Filters", "Cabin filters", "84213920", 18, 420),
            new Family("SPK", "Spark plug iridium", "NGK India", "Engine", "Ignition", "85111000", 28, 390),
            new Family("WPB", "Wiper blade set", "Bosch India", "Electrical", "Wipers", "85124000", 28, 640),
            new Family("CLK", "Clutch plate kit", "Valeo India", "Transmission", "Clutch", "87089300", 28, 3900),
            new Family("SHF", "Front shock absorber", "Gabriel India", "Suspension", "Shock absorbers", "87088000", 28,
                    2350),
            new Family("HLA", "Headlamp assembly LH", "Lumax", "Lighting", "Headlamps", "85122010", 28, 4200),
            new Family("TLA", "Tail lamp assembly RH", "Uno Minda", "Lighting", "Tail lamps", "85122020", 28, 1900),
            new Family("HRN", "Twin horn set", "Uno Minda", "Electrical", "Horns", "85123010", 28, 520));

    private DemoCatalog() {
    }

    static List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        for (Family f : FAMILIES) {
            for (int m = 0; m < MODELS.size(); m++) {
                Model model = MODELS.get(m);
                int cost = f.cost() + (m % 5) * f.cost() / 20;
                parts.add(new Part(f.code() + "-" + model.code(), partNumber(f, m), f.name() + ", " + model.name(),
                        f.brand(), f.category(), f.subcategory(), "pcs", f.hsn(), BigDecimal.valueOf(f.gst()),
                        BigDecimal.valueOf(cost), margin(cost), "NONE", null));
            }
        }
        String[][] batteries = {{"35", "4650"}, {"45", "5400"}, {"55", "6300"}, {"65", "7600"}, {"75", "8900"}};
        for (String[] b : batteries) {
            for (String brand : List.of("Exide", "Amaron")) {
                String code = brand.substring(0, 3).toUpperCase();
                parts.add(new Part("BAT-" + code + "-" + b[0], code + "-MF" + b[0] + "L", brand + " " + b[0]
                        + "Ah maintenance-free car battery", brand, "Electrical", "Batteries", "pcs", "85071000",
                        new BigDecimal("28"), new BigDecimal(b[1]), margin(Integer.parseInt(b[1])), "SERIAL", null));
            }
        }
        Object[][] fluids = {
                {"EO-CAS-5W30-1L", "Castrol Magnatec 5W-30 engine oil", "Castrol", "27101980", 520},
                {"EO-MOB-5W30-1L", "Mobil Super 3000 5W-30 engine oil", "Mobil", "27101980", 560},
                {"EO-SRV-5W30-1L", "Servo Futura 5W-30 engine oil", "Servo", "27101980", 430},
                {"EO-CAS-10W40-1L", "Castrol GTX 10W-40 engine oil", "Castrol", "27101980", 410},
                {"GO-CAS-75W90-1L", "Castrol Transmax 75W-90 gear oil", "Castrol", "27101980", 690},
                {"CL-SRV-1L", "Servo long-life coolant", "Servo", "38200000", 260},
                {"BF-BOS-DOT4-1L", "Bosch DOT 4 brake fluid", "Bosch India", "38190010", 480}};
        for (Object[] f : fluids) {
            int cost = (Integer) f[4];
            parts.add(new Part((String) f[0], ((String) f[0]).replace("-", ""), (String) f[1], (String) f[2],
                    "Lubricants", "Oils and fluids", "litre", (String) f[3], new BigDecimal("18"),
                    BigDecimal.valueOf(cost), margin(cost), "BATCH", 1095));
        }
        parts.add(new Part("GR-SRV-MP3-1KG", "SRVMP3GREASE", "Servo MP3 multipurpose grease", "Servo", "Lubricants",
                "Greases", "kg", "34031900", new BigDecimal("18"), new BigDecimal("310"), margin(310), "BATCH", 1460));
        for (String bulb : List.of("H4", "H7", "H11", "HB3", "T10")) {
            parts.add(new Part("BLB-PHI-" + bulb, "PHI" + bulb + "12V", "Philips " + bulb + " 12V halogen bulb",
                    "Philips India", "Lighting", "Bulbs", "pcs", "85392190", new BigDecimal("18"),
                    new BigDecimal("180"), margin(180), "NONE", null));
        }
        parts.addAll(SHARED_WITH_PROCUREMENT);
        return parts;
    }

    /** Procurement's demo asks for it and is meant to be refused: the central warehouse has none. */
    static final String NOT_AT_CENTRAL = "CK-VALEO-SWIFT";

    /**
     * The parts procurement's demo data buys and sends to the service centers (procurement's DemoItems): same SKUs,
     * and the same ids, which both services derive from the SKU (see {@link #idOf}).
     */
    private static final List<Part> SHARED_WITH_PROCUREMENT = List.of(
            new Part("OF-BOSCH-0986", "0986AF0134", "Oil filter (Bosch 0 986 AF0 134)", "Bosch India", "Filters",
                    "Oil filters", "pcs", "84212300", new BigDecimal("18"), new BigDecimal("285"), margin(285), "NONE",
                    null),
            new Part("SP-BOSCH-FR7", "0242235666", "Spark plug Bosch FR7DC+", "Bosch India", "Engine", "Ignition",
                    "pcs", "85111000", new BigDecimal("28"), new BigDecimal("165"), margin(165), "NONE", null),
            new Part("BP-BOSCH-F03", "F03B150302", "Front brake pad set (Bosch)", "Bosch India", "Brakes",
                    "Brake pads", "pcs", "87083000", new BigDecimal("28"), new BigDecimal("1450"), margin(1450), "NONE",
                    null),
            new Part("HL-MINDA-SWIFT", "MI-HL-7781", "Headlamp assembly Swift (Minda)", "Uno Minda", "Lighting",
                    "Headlamps", "pcs", "85122010", new BigDecimal("28"), new BigDecimal("3150"), margin(3150), "NONE",
                    null),
            new Part("BAT-EXIDE-MLDIN44", "MLDIN44LH", "Battery Exide Mileage DIN44", "Exide", "Electrical",
                    "Batteries", "pcs", "85071000", new BigDecimal("28"), new BigDecimal("5990"), margin(5990), "NONE",
                    null),
            new Part("EO-CASTROL-GTX-1L", "3383918", "Engine oil Castrol GTX 20W-50, 1 L", "Castrol", "Lubricants",
                    "Oils and fluids", "pcs", "27101980", new BigDecimal("18"), new BigDecimal("449"), margin(449),
                    "NONE", null),
            new Part(NOT_AT_CENTRAL, "MI-CK-2210", "Clutch kit Swift", "Valeo India", "Transmission", "Clutch", "pcs",
                    "87089300", new BigDecimal("28"), new BigDecimal("7400"), margin(7400), "NONE", null));

    /** The id both services give a demo part: name-based (version 3) on {@code "demo-item:" + sku}. */
    static UUID idOf(String sku) {
        return UUID.nameUUIDFromBytes(("demo-item:" + sku).getBytes(StandardCharsets.UTF_8));
    }

    private static String partNumber(Family f, int model) {
        return switch (f.brand()) {
            case "Bosch India" -> "0986AB" + (1000 + FAMILIES.indexOf(f) * 100 + model);
            case "NGK India" -> "ILZKR7" + (char) ('A' + model);
            case "Lumax" -> "LMX-" + (7100 + model) + "-L";
            case "Uno Minda" -> "UM" + f.code() + (300 + model);
            default -> f.code() + (9000 + model);
        };
    }

    private static BigDecimal margin(int cost) {
        return BigDecimal.valueOf(Math.round(cost * 1.35));
    }
}
