package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.procurement.purchaseorder.persistence.SettingsRepository;
import dev.pitlane.procurement.shared.application.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;

@Service
public class ProcurementSettingsService {

    private final SettingsRepository settings;
    private final Clock clock;
    private final ProcurementSettings defaults;

    ProcurementSettingsService(SettingsRepository settings, Clock clock,
                               @Value("${pitlane.procurement.approval-limit:500000.00}") BigDecimal approvalLimit,
                               @Value("${pitlane.procurement.over-receipt-tolerance-percent:0}") BigDecimal tolerance) {
        this.settings = settings;
        this.clock = clock;
        this.defaults = new ProcurementSettings(approvalLimit, tolerance, 0);
    }

    @Transactional(readOnly = true)
    public ProcurementSettings current() {
        return settings.find().orElse(defaults);
    }

    @Transactional
    public ProcurementSettings update(BigDecimal approvalLimit, BigDecimal tolerancePercent, long version) {
        if (!settings.save(approvalLimit, tolerancePercent, version, Actor.current(), clock.instant())) {
            throw new OptimisticLockingFailureException("procurement settings");
        }
        return current();
    }
}
