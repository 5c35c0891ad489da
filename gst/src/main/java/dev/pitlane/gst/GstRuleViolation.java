package dev.pitlane.gst;

import dev.pitlane.platform.domain.DomainException;

/**
 * Input the GST rules cannot accept: an unprocessable {@link DomainException} with a stable {@link #code()}, so every
 * service answers it as the same 422 problem through the platform's one mapping.
 */
public class GstRuleViolation extends DomainException {

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

    public GstRuleViolation(Code code, String message) {
        super(Kind.UNPROCESSABLE, code.value(), message);
    }
}
