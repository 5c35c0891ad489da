package dev.pitlane.inventory.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Generated catalog files: an OEM price list of n parts with bad rows of every kind at known lines. Shared by the
 * import test and the benchmark.
 */
public final class PriceLists {

    public static final String HEADER = "SKU,Part Number,Name,Brand,Category Path,Unit,HSN,GST Rate,MRP,Standard Cost,"
            + "Barcode,Price Effective From";

    /** The CSV text and the lines (header = 1) that must be rejected. */
    public record Generated(String csv, List<Integer> badLines) {
    }

    /** @param badEvery every n-th row is bad (0: none) */
    public static Generated catalog(int rows, int badEvery, String prefix, String effectiveFrom) {
        StringBuilder sb = new StringBuilder(rows * 120).append(HEADER).append('\n');
        List<Integer> bad = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int line = i + 2;
            String sku = prefix + "-" + i;
            String pn = "PN" + prefix + String.format("%07d", i);
            String category = "Brakes > " + (i % 2 == 0 ? "Brake pads" : "Discs") + " > Series " + (i % 7);
            String price = (100 + i % 900) + "." + (i % 100 < 10 ? "0" + i % 100 : i % 100);
            String row = sku + "," + pn + ",Part " + i + " \"front\",Bosch India," + category + ",pcs,87083000,28,"
                    + price + "," + (70 + i % 500) + ",BC" + prefix + i + "," + effectiveFrom;
            if (badEvery > 0 && i % badEvery == badEvery - 1) {
                bad.add(line);
                row = switch ((i / badEvery) % 5) {
                    case 0 -> sku + "," + pn + ",Part " + i + ",Bosch,Brakes,pcs,8708,17,100,70,," + effectiveFrom;
                    case 1 -> sku + "," + pn + ",Part " + i + ",Bosch,Brakes,pcs,8708,28,-5,70,," + effectiveFrom;
                    case 2 -> sku + "," + pn + ",Part " + i + ",Bosch,Brakes,crate,8708,28,100,70,," + effectiveFrom;
                    case 3 -> sku + "," + pn + ",,Bosch,Brakes,pcs,8708,28,100,abc,," + effectiveFrom;
                    default -> sku + "," + pn + ",Part " + i + ",Bosch,Brakes,pcs,8708,28,100,70,,31/12/2025";
                };
            }
            sb.append(row).append('\n');
        }
        return new Generated(sb.toString(), bad);
    }
}
