package dev.pitlane.e2e.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated customer import: good rows (a customer with a vehicle, without one, or again with a second vehicle)
 * and, every {@code badEvery} rows, a bad row of one of six kinds, so the report can be checked line by line.
 * Phones, VINs and plates are unique within the file; import it into an organization of its own.
 */
record ImportFile(String csv, List<Integer> badLines, int goodRows, int customers, int vehicles,
                  List<String> refusedCustomerPhones) {

    static final String HEADER = "type,name,phone,email,gstin,smsConsent,addressLine1,city,country,vin,"
            + "registrationNumber,make,model,year,fuel,odometerKm";
    /** The field the first reason of each kind of bad row names, in the order the kinds repeat. */
    static final List<String> BAD_KINDS = List.of("phone", "vin", "name", "gstin", "type", "phone");
    private static final String[] FIRST = {"Aarav", "Priya", "Rahul", "Ananya", "Vikram", "Zoë", "José", "Fatima",
            "Gurpreet", "Lakshmi", "Imran", "Olivia"};
    private static final String[] LAST = {"Sharma", "Iyer", "Reddy", "Müller", "García", "Khan", "Nair", "D'Souza",
            "Banerjee", "Tanaka"};
    private static final String[] MAKES = {"Maruti Suzuki,Swift", "Hyundai,Creta", "Tata,Nexon", "Mahindra,XUV700",
            "Honda,City", "Toyota,Innova Crysta", "Kia,Seltos"};

    static ImportFile generate(int rows, int badEvery) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        List<Integer> bad = new ArrayList<>();
        List<String> refusedPhones = new ArrayList<>();
        int customers = 0;
        int vehicles = 0;
        String previous = null;
        String previousPhone = null;
        for (int i = 0; i < rows; i++) {
            String phone = "+9197" + String.format("%08d", i);
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
            String vehicle = vehicle(i);
            if (badEvery > 0 && i % badEvery == badEvery - 1) {
                bad.add(i + 2);
                int kind = (i / badEvery) % BAD_KINDS.size();
                if (kind == 1) {
                    refusedPhones.add(phone);
                }
                csv.append(switch (kind) {
                    case 0 -> "INDIVIDUAL," + name + ",12345,,,true,,,," + vehicle;
                    case 1 -> "INDIVIDUAL," + name + "," + phone + ",,,true,,,,MA3IOQ00000000000,KA01ZZ"
                            + (1000 + i % 9000) + ",Kia,Sonet,2020,PETROL,1000";
                    case 2 -> "INDIVIDUAL,," + phone + ",not-an-email,,maybe,,,,,,,,,,";
                    case 3 -> "INDIVIDUAL," + name + "," + phone + ",,27AAPFU0939F1ZV,true,,,,,,,,,,";
                    case 4 -> "ROBOT," + name + "," + phone + ",,,true,,,,,,Kia,Sonet,year,PETROL,-5";
                    // an earlier line's customer with another name: which one is right cannot be told
                    default -> "INDIVIDUAL,Someone Else," + previousPhone + ",,,true,,,,,,,,,,";
                }).append('\n');
                continue;
            }
            String row;
            if (previous != null && i % 10 == 4) {
                row = previous + "," + vehicle;
                vehicles++;
            } else {
                String email = i % 3 == 0 ? "c" + i + "@example.com" : "";
                previous = "INDIVIDUAL," + quoted(name) + "," + phone + "," + email + ",," + (i % 2 == 0) + ","
                        + quoted((i % 400 + 1) + ", MG Road") + ",Bengaluru,IN";
                previousPhone = phone;
                customers++;
                boolean withVehicle = i % 7 != 0;
                row = previous + "," + (withVehicle ? vehicle : ",,,,,,");
                vehicles += withVehicle ? 1 : 0;
            }
            csv.append(row).append('\n');
        }
        return new ImportFile(csv.toString(), bad, rows - bad.size(), customers, vehicles, refusedPhones);
    }

    /** vin, registrationNumber, make, model, year, fuel, odometerKm of the {@code i}-th row's vehicle. */
    private static String vehicle(int i) {
        String plate = "KA" + String.format("%02d", i % 100) + (char) ('A' + (i / 100) % 26)
                + (char) ('A' + (i / 2600) % 26) + String.format("%04d", 1 + i % 9999);
        String[] make = MAKES[i % MAKES.length].split(",");
        return "MA3" + String.format("%014d", i) + "," + plate + "," + make[0] + "," + make[1] + "," + (2012 + i % 13)
                + "," + (i % 2 == 0 ? "PETROL" : "DIESEL") + "," + (i * 37 % 150_000);
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
