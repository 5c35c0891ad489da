package dev.pitlane.gst;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * GST rates by HSN/SAC prefix and the date they took effect. A code takes the rate of its longest prefix that has a
 * rate in force on the date; a rate is in force from its date until the next date for the same prefix.
 * The table is data ({@code gst-rates.csv}), so a rate notification changes a file, not the code.
 */
public final class GstRateTable {

    public static final String STANDARD_RESOURCE = "gst-rates.csv";

    private static final Pattern PREFIX = Pattern.compile("[0-9]{2,8}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Rate in percent by prefix, then by effective date. */
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> rates;

    private GstRateTable(Map<String, NavigableMap<LocalDate, BigDecimal>> rates) {
        this.rates = rates;
    }

    /** The rates shipped with this module. */
    public static GstRateTable standard() {
        InputStream csv = GstRateTable.class.getResourceAsStream(STANDARD_RESOURCE);
        if (csv == null) {
            throw new IllegalStateException(STANDARD_RESOURCE + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            return fromCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads {@code hsn_sac_prefix,effective_from,rate_percent,description} rows (ISO dates); the header, blank lines
     * and lines starting with {@code #} are skipped. A malformed row fails the whole table, naming its line.
     */
    public static GstRateTable fromCsv(Reader csv) throws IOException {
        Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();
        BufferedReader lines = new BufferedReader(csv);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#") || row.startsWith("hsn_sac_prefix")) {
                continue;
            }
            String[] cells = row.split(",", 4);
            try {
                String prefix = cells[0].strip();
                LocalDate from = LocalDate.parse(cells[1].strip());
                BigDecimal rate = new BigDecimal(cells[2].strip());
                if (!PREFIX.matcher(prefix).matches() || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
                    throw new IllegalArgumentException("prefix of 2 to 8 digits and a rate from 0 to 100 expected");
                }
                if (rates.computeIfAbsent(prefix, p -> new TreeMap<>()).put(from, rate) != null) {
                    throw new IllegalArgumentException("a second rate for " + prefix + " from " + from);
                }
            } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("GST rate table line " + number + " (" + row + "): " + e.getMessage(), e);
            }
        }
        return new GstRateTable(rates);
    }

    /** The whole GST rate in percent (e.g. 18) for a code on a date. */
    public BigDecimal ratePercent(HsnSac hsnSac, LocalDate date) {
        String code = hsnSac.code();
        for (int length = code.length(); length >= 2; length--) {
            NavigableMap<LocalDate, BigDecimal> byDate = rates.get(code.substring(0, length));
            Map.Entry<LocalDate, BigDecimal> inForce = byDate == null ? null : byDate.floorEntry(date);
            if (inForce != null) {
                return inForce.getValue();
            }
        }
        throw new GstRuleViolation(GstRuleViolation.Code.UNKNOWN_RATE,
                "no GST rate for HSN/SAC " + code + " on " + date);
    }
}
