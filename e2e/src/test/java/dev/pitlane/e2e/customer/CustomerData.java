package dev.pitlane.e2e.customer;

import dev.pitlane.testsupport.TestHttp;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dev.pitlane.e2e.Responses.ok;

/** Customers and vehicles made through the gateway, with phones, VINs and plates no other test run uses. */
public final class CustomerData {

    private static final String VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private CustomerData() {
    }

    /** An Indian mobile number in E.164. */
    public static String newPhone() {
        return "+919" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    /** 17 characters without I, O or Q. */
    static String newVin() {
        StringBuilder vin = new StringBuilder("MA3");
        while (vin.length() < 17) {
            vin.append(VIN_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(VIN_ALPHABET.length())));
        }
        return vin.toString();
    }

    /** An Indian plate as stored (MH12AB1234); the ZZ district letters keep it apart from the demo data's. */
    static String newPlate() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "MH" + (10 + r.nextInt(89)) + "Z" + (char) ('A' + r.nextInt(26)) + (1000 + r.nextInt(9000));
    }

    public static String createCustomer(TestHttp as, String name, String phone) {
        return ok(as.post("/api/v1/customers", """
                {"type":"INDIVIDUAL","name":"%s","phone":"%s"}""".formatted(name, phone)), 201).json("$.id");
    }

    public static String registerVehicle(TestHttp as, String customerId) {
        return registerVehicle(as, customerId, newVin(), newPlate());
    }

    static String registerVehicle(TestHttp as, String customerId, String vin, String plate) {
        return ok(as.post("/api/v1/vehicles", """
                {"customerId":"%s","vin":"%s","registrationNumber":"%s","make":"Hyundai","model":"Creta","year":2021,
                 "fuel":"DIESEL","odometerKm":15000}""".formatted(customerId, vin, plate)), 201).json("$.id");
    }

    /** Uploads a file to the import as a browser does: multipart/form-data, field {@code file}. */
    static TestHttp.Response upload(TestHttp as, String filename, String contentType, byte[] content) {
        String boundary = "----pitlane-e2e-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 300);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return as.sendBytes("POST", "/api/v1/customer-imports", body.toByteArray(),
                "multipart/form-data; boundary=" + boundary);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
