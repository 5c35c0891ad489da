package dev.pitlane.billing.paymentgateway.domain;

/** A webhook delivery that is not to be trusted; nothing of it is applied. */
public class WebhookRefused extends RuntimeException {

    private final String code;

    public WebhookRefused(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
