package dev.pitlane.auth.organizations.messaging;

import dev.pitlane.auth.organizations.application.OrganizationEvents;
import dev.pitlane.auth.organizations.domain.Organization;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.messaging.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** Schemas: contracts/events/auth-service/Organization*.v1.schema.json. */
@Component
class OutboxOrganizationEvents implements OrganizationEvents {

    static final String TOPIC = "auth.organization.v1";

    private final Outbox outbox;

    OutboxOrganizationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    record OrganizationData(UUID organizationId, String name, String legalName, String taxId, String contactEmail,
                            String contactPhone, String address, String status, Instant changedAt) {
        static OrganizationData of(Organization o) {
            return new OrganizationData(o.id(), o.name(), o.legalName(), o.taxId(), o.contactEmail(),
                    o.contactPhone(), o.address(), o.status().name(), o.updatedAt());
        }
    }

    record OrganizationSuspendedData(UUID organizationId, String reason, Instant suspendedAt) {
    }

    @Override
    public void created(Organization organization) {
        publish(organization, "OrganizationCreated", OrganizationData.of(organization));
    }

    @Override
    public void updated(Organization organization) {
        publish(organization, "OrganizationUpdated", OrganizationData.of(organization));
    }

    @Override
    public void suspended(Organization organization) {
        publish(organization, "OrganizationSuspended", new OrganizationSuspendedData(organization.id(),
                organization.suspendedReason(), organization.suspendedAt()));
    }

    private void publish(Organization organization, String type, Object data) {
        outbox.append(OutgoingEvent.v1(TOPIC, "Organization", organization.id(), type, data), organization.id());
    }
}
