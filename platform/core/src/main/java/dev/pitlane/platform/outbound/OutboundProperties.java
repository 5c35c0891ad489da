package dev.pitlane.platform.outbound;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * @param allowedHosts hosts (names or addresses, exactly as in the URL) that may be called although they are or
 *                     resolve to internal addresses: an administrator's decision, e.g. a supplier's system on the
 *                     company network. Env {@code PITLANE_OUTBOUND_ALLOWED_HOSTS=erp.internal,10.1.2.3}
 */
@ConfigurationProperties("pitlane.outbound")
public record OutboundProperties(@DefaultValue List<String> allowedHosts,
                                 @DefaultValue("3s") Duration connectTimeout,
                                 @DefaultValue("10s") Duration responseTimeout) {
}
