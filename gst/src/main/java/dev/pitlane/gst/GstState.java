package dev.pitlane.gst;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * States and union territories by their GST state code (the first two digits of a GSTIN). A union territory without
 * a legislature levies UTGST where a state levies SGST (UTGST Act 2017, s.2 and s.7); Delhi, Puducherry and Jammu and
 * Kashmir have legislatures and levy SGST. Codes 25 and 28 are kept for GSTINs issued before Daman and Diu merged into
 * 26 (2020) and before Andhra Pradesh became 37.
 */
public enum GstState {
    JAMMU_AND_KASHMIR("01", "Jammu and Kashmir", false),
    HIMACHAL_PRADESH("02", "Himachal Pradesh", false),
    PUNJAB("03", "Punjab", false),
    CHANDIGARH("04", "Chandigarh", true),
    UTTARAKHAND("05", "Uttarakhand", false),
    HARYANA("06", "Haryana", false),
    DELHI("07", "Delhi", false),
    RAJASTHAN("08", "Rajasthan", false),
    UTTAR_PRADESH("09", "Uttar Pradesh", false),
    BIHAR("10", "Bihar", false),
    SIKKIM("11", "Sikkim", false),
    ARUNACHAL_PRADESH("12", "Arunachal Pradesh", false),
    NAGALAND("13", "Nagaland", false),
    MANIPUR("14", "Manipur", false),
    MIZORAM("15", "Mizoram", false),
    TRIPURA("16", "Tripura", false),
    MEGHALAYA("17", "Meghalaya", false),
    ASSAM("18", "Assam", false),
    WEST_BENGAL("19", "West Bengal", false),
    JHARKHAND("20", "Jharkhand", false),
    ODISHA("21", "Odisha", false),
    CHHATTISGARH("22", "Chhattisgarh", false),
    MADHYA_PRADESH("23", "Madhya Pradesh", false),
    GUJARAT("24", "Gujarat", false),
    DAMAN_AND_DIU("25", "Daman and Diu (before the 2020 merger)", true),
    DADRA_NAGAR_HAVELI_DAMAN_DIU("26", "Dadra and Nagar Haveli and Daman and Diu", true),
    MAHARASHTRA("27", "Maharashtra", false),
    ANDHRA_PRADESH_BEFORE_DIVISION("28", "Andhra Pradesh (before division)", false),
    KARNATAKA("29", "Karnataka", false),
    GOA("30", "Goa", false),
    LAKSHADWEEP("31", "Lakshadweep", true),
    KERALA("32", "Kerala", false),
    TAMIL_NADU("33", "Tamil Nadu", false),
    PUDUCHERRY("34", "Puducherry", false),
    ANDAMAN_AND_NICOBAR("35", "Andaman and Nicobar Islands", true),
    TELANGANA("36", "Telangana", false),
    ANDHRA_PRADESH("37", "Andhra Pradesh", false),
    LADAKH("38", "Ladakh", true),
    OTHER_TERRITORY("97", "Other Territory", true);

    private static final Map<String, GstState> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(GstState::code, Function.identity()));

    private final String code;
    private final String displayName;
    private final boolean leviesUtgst;

    GstState(String code, String displayName, boolean leviesUtgst) {
        this.code = code;
        this.displayName = displayName;
        this.leviesUtgst = leviesUtgst;
    }

    public static GstState ofCode(String code) {
        GstState state = code == null ? null : BY_CODE.get(code);
        if (state == null) {
            throw new GstRuleViolation(GstRuleViolation.Code.INVALID_STATE_CODE, "unknown GST state code: " + code);
        }
        return state;
    }

    /** The two digits, e.g. "27". */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** True for a union territory without a legislature: its half of intra-state tax is UTGST, not SGST. */
    public boolean leviesUtgst() {
        return leviesUtgst;
    }
}
