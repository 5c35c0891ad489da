package dev.pitlane.procurement.partsissue.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.Cursor;
import dev.pitlane.platform.web.CursorPage;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.partsissue.domain.PartsIssue;
import dev.pitlane.procurement.partsissue.domain.PartsIssueLine;
import dev.pitlane.procurement.partsissue.messaging.PartsIssueEvents;
import dev.pitlane.procurement.partsissue.persistence.PartsIssueQueries;
import dev.pitlane.procurement.partsissue.persistence.PartsIssueRepository;
import dev.pitlane.procurement.shared.application.Actor;
import dev.pitlane.procurement.shared.application.DocumentNumbers;
import dev.pitlane.procurement.shipment.application.NewShipment;
import dev.pitlane.procurement.shipment.application.ShipmentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * What people do with parts issues. Staff bound to service centers act only on their centers' issues: any other
 * issue answers 404, as if it did not exist. Every change and its event commit together.
 */
@Service
public class PartsIssueService {

    private final PartsIssueRepository issues;
    private final PartsIssueQueries queries;
    private final PartsIssueEvents events;
    private final ShipmentService shipments;
    private final DocumentNumbers numbers;
    private final Clock clock;

    PartsIssueService(PartsIssueRepository issues, PartsIssueQueries queries, PartsIssueEvents events,
                      ShipmentService shipments, DocumentNumbers numbers, Clock clock) {
        this.issues = issues;
        this.queries = queries;
        this.events = events;
        this.shipments = shipments;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Transactional
    public PartsIssueView request(PartsIssueRequest r) {
        if (!TenantContext.caller().mayAccessServiceCenter(r.serviceCenterId())) {
            throw DomainException.forbidden("service-center-forbidden",
                    "You may request parts only for your own service centers");
        }
        Instant now = clock.instant();
        PartsIssue issue = PartsIssue.request(UUID.randomUUID(), numbers.next("PI"), r.serviceCenterId(),
                r.fromLocationId(), r.toLocationId(), r.note(), r.lines(), Actor.current(), now);
        issues.insert(issue, now);
        return get(issue.id());
    }

    /** Approves and asks inventory to reserve; the issue is APPROVED once inventory answers. */
    @Transactional
    public PartsIssueView approve(UUID id) {
        PartsIssue issue = lockVisible(id);
        issue.approve(Actor.current(), clock.instant());
        issues.save(issue, clock.instant());
        events.approved(issue);
        return get(id);
    }

    /** Hands the reserved parts to a carrier: a shipment is created and the stock goes into transit. */
    @Transactional
    public PartsIssueView dispatch(UUID id, DispatchCommand command) {
        Instant now = clock.instant();
        PartsIssue issue = lockVisible(id);
        UUID shipmentId = UUID.randomUUID();
        List<PartsIssueLine> sent = issue.dispatch(command.quantities(), shipmentId, Actor.current(), now);
        shipments.dispatch(new NewShipment(shipmentId, issue.id(), issue.serviceCenterId(),
                issue.fromLocationId(), issue.toLocationId(), command.carrier(), command.trackingNumber(),
                sent.stream().map(l -> new NewShipment.Line(l.id(), l.itemId(), l.sku(), l.dispatched())).toList()));
        issues.save(issue, now);
        events.dispatched(issue, sent);
        return get(id);
    }

    /** The store's count: stock goes on the shelf; damaged and short quantities become discrepancy records. */
    @Transactional
    public PartsIssueView receive(UUID id, StoreReceiptCommand command) {
        Instant now = clock.instant();
        PartsIssue issue = lockVisible(id);
        String actor = Actor.current();
        List<PartsIssueLine> discrepancies = issue.receive(command.lines(), actor, now);
        issues.save(issue, now);
        issues.recordDiscrepancies(issue, discrepancies, command.note(), actor, now);
        shipments.deliveredToStore(issue.shipmentId());
        events.received(issue);
        return get(id);
    }

    @Transactional
    public PartsIssueView cancel(UUID id, String reason) {
        PartsIssue issue = lockVisible(id);
        issue.cancel(Actor.current(), reason);
        issues.save(issue, clock.instant());
        events.cancelled(issue);
        return get(id);
    }

    @Transactional(readOnly = true)
    public PartsIssueView get(UUID id) {
        return queries.view(id).filter(v -> TenantContext.caller().mayAccessServiceCenter(v.serviceCenterId()))
                .orElseThrow(() -> DomainException.notFound("Parts issue", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<PartsIssueSummary> list(PartsIssueFilter filter, PageQuery page) {
        return queries.list(new PartsIssueFilter(filter.statuses(), filter.serviceCenterId(), filter.itemId(),
                TenantContext.caller().serviceCenterIds()), page);
    }

    @Transactional(readOnly = true)
    public List<DiscrepancyView> discrepancies(UUID id) {
        get(id);
        return queries.discrepancies(id);
    }

    @Transactional(readOnly = true)
    public CursorPage<DiscrepancyView> discrepancies(UUID serviceCenterId, UUID itemId, Instant from, Instant to,
                                                     String cursor, int limit) {
        Cursor after = Cursor.decode(cursor, 2);
        if (after != null) {
            try {
                Instant.parse(after.get(0));
                UUID.fromString(after.get(1));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw DomainException.invalidField("cursor", "Invalid", "is not a cursor this endpoint gave out");
            }
        }
        Caller caller = TenantContext.caller();
        return queries.discrepancies(serviceCenterId, itemId, from, to, caller.serviceCenterIds(), after, limit);
    }

    private PartsIssue lockVisible(UUID id) {
        PartsIssue issue = issues.lock(id).orElseThrow(() -> DomainException.notFound("Parts issue", id));
        if (!TenantContext.caller().mayAccessServiceCenter(issue.serviceCenterId())) {
            throw DomainException.notFound("Parts issue", id);
        }
        return issue;
    }
}
