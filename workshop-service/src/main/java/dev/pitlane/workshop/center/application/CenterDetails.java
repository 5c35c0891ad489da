package dev.pitlane.workshop.center.application;

import java.math.BigDecimal;
import java.time.ZoneId;

/** What an administrator says about a service center. */
public record CenterDetails(String name, String address, String stateCode, String gstin, ZoneId timeZone,
                            BigDecimal labourRate, int slotMinutes) {
}
