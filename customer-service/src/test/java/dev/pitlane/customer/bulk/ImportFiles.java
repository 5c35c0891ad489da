package dev.pitlane.customer.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated import files: good rows with realistic Indian and international names, and bad rows of every kind at
 * known lines, so a test can check the report line by line. Shared by the import test and the benchmark.
 */
public final class ImportFiles {

    public static final String HEADER = "type,name,phone,email,gstin,smsConsent,addressLine1,city,country,vin,"
            + "registrationNumber,make,model,year,fuel,odometerKm";
    private static final String[] FIRST = {"Aarav", "Priya", "Rahul", "Ananya", "Vikram", "Zoë", "José", "Fatima",
            "Gurpreet", "Lakshmi", "Imran", "Olivia"};
    private static final String[] LAST = {"Sharma", "Iyer", "Reddy", "Müller", "García", "Khan", "Nair", "D'Souza",
            "Banerjee", "Tanaka"};
    private static final String[] MAKES = {"Maruti Suzuki,Swift", "Hyundai,Creta", "Tata,Nexon", "Mahindra,XUV700",
            "Honda,City", "Toyota,Innova Crysta", "Kia,Seltos"};

    /** What was generated: the CSV text and the lines (header = 1) that must be rejected. */
    public record Generated(String csv, List<Integer> badLines, int goodRows, int customers) {
    }

    /**
     * @param rows     data rows
     * @param badEvery every n-th row is bad (0: none)
     * @param seed     makes phones, VINs and plates unique to this file
     */
    public static Generated csv(int rows, int badEvery, long seed) {
        Random random = new Random(seed);
        long base = Math.floorMod(seed, 90_000L) * 10_000L;
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        List<Integer> bad = new ArrayList<>();
        int customers = 0;
        String previous = null;
        for (int i = 0; i < rows; i++) {
            int line = i + 2;
            long n = base + i;
            String phone = "+9198" + String.format("%08d", n % 100_000_000L);
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String vin = "MA3" + String.format("%014d", n).replace('0', 'A').replace('1', 'B');
            String plate = "GA" + String.format("%02d", n % 100) + (char) ('A' + (n / 100) % 26)
                    + (char) ('A' + (n / 2600) % 26) + String.format("%04d", (n / 67600) % 10000);
            String[] make = MAKES[(int) (n % MAKES.length)].split(",");
            boolean isBad = badEvery > 0 && i % badEvery == badEvery - 1;
            String row;
            if (isBad) {
                bad.add(line);
                row = switch ((i / badEvery) % 5) {
                    case 0 -> "INDIVIDUAL," + csv(name) + ",12345,,,true,,,,"+ vin + "," + plate + ","
                            + make[0] + "," + make[1] + ",2020,PETROL,1000";
                    case 1 -> "INDIVIDUAL," + csv(name) + "," + phone + ",,,true,,,,MA3IOQ00000000000," + plate
                            + "," + make[0] + "," + make[1] + ",2020,PETROL,1000";
                    case 2 -> "INDIVIDUAL,," + phone + ",not-an-email,,maybe,,,,,,,,,,";
                    case 3 -> "INDIVIDUAL," + csv(name) + "," + phone + ",,27AAPFU0939F1ZV,true,,,,,,,,,,";
                    default -> "ROBOT," + csv(name) + "," + phone + ",,,true,,,," + vin + "," + plate + ","
                            + make[0] + "," + make[1] + ",year,PETROL,-5";
                };
            } else if (previous != null && i % 10 == 4) {
                // the previous row's customer again, with a second vehicle
                row = previous + "," + vin + "," + plate + "," + make[0] + "," + make[1] + "," + (2012 + n % 13)
                        + ",DIESEL," + (n * 37 % 150_000);
            } else {
                String email = i % 3 == 0 ? "c" + n + "@example.com" : "";
                previous = "INDIVIDUAL," + csv(name) + "," + phone + "," + email + ",," + (i % 2 == 0) + ","
                        + csv((n % 400 + 1) + ", MG Road") + ",Bengaluru,IN";
                customers++;
                row = i % 7 == 0 ? previous + ",,,,,,,"
                        : previous + "," + vin + "," + plate + "," + make[0] + "," + make[1] + "," + (2012 + n % 13)
                        + ",PETROL," + (n * 37 % 150_000);
            }
            sb.append(row).append('\n');
        }
        return new Generated(sb.toString(), bad, rows - bad.size(), customers);
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
