package dev.pitlane.inventory.partsflow.messaging;

import dev.pitlane.inventory.partsflow.application.PartsFlowService;
import dev.pitlane.inventory.partsflow.application.ProcurementEvents.PartsIssueApproved;
import dev.pitlane.inventory.partsflow.application.ProcurementEvents.PartsIssueCancelled;
import dev.pitlane.inventory.partsflow.application.ProcurementEvents.PartsIssueDispatched;
import dev.pitlane.inventory.partsflow.application.ProcurementEvents.PartsIssueReceived;
import dev.pitlane.inventory.partsflow.application.ProcurementEvents.PurchaseOrderReceived;
import dev.pitlane.platform.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What procurement's events do to stock: receipts post INs, parts issues reserve, ship and shelve. */
@Configuration(proxyBeanMethods = false)
class ProcurementEventHandlers {

    @Bean
    EventHandlers procurementHandlers(PartsFlowService flow) {
        return EventHandlers.forTopic("procurement.purchase-order.v1")
                .on("PurchaseOrderReceived", PurchaseOrderReceived.class, flow::purchaseOrderReceived)
                .forTopic("procurement.parts-issue.v1")
                .on("PartsIssueApproved", PartsIssueApproved.class, flow::approved)
                .on("PartsIssueDispatched", PartsIssueDispatched.class, flow::dispatched)
                .on("PartsIssueReceived", PartsIssueReceived.class, flow::received)
                .on("PartsIssueCancelled", PartsIssueCancelled.class, flow::cancelled)
                .build();
    }
}
