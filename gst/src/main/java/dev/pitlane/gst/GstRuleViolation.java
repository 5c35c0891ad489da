package dev.pitlane.gst;

/**
 * Input the GST rules cannot accept. {@link #code()} is stable, so a service can answer it as a 422 problem
 * without parsing the message.
 */
public class GstRuleViolation extends RuntimeException {

    public enum Code {
        INVALID_GSTIN("gst.invalid-gstin"),
        INVALID_HSN_SAC("gst.invalid-hsn-sac"),
        INVALID_STATE_CODE("gst.invalid-state-code"),
        UNKNOWN_RATE("gst.unknown-rate"),
        INVALID_LINE("gst.invalid-line");

        private final String value;

        Code(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    private final Code code;

    public GstRuleViolation(Code code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code.value();
    }
}
