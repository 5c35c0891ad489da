package dev.pitlane.workshop.center.application;

import dev.pitlane.workshop.center.domain.CenterCalendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

/** What other features need of a center: its calendar, slot grid, code, GST state and labour rate. */
public record CenterSchedule(UUID id, String code, String stateCode, CenterCalendar calendar, Duration slot,
                             BigDecimal labourRate) {
}
