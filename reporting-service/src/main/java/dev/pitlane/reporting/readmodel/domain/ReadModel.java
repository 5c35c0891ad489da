package dev.pitlane.reporting.readmodel.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A read model: the tables one group of events feeds, reset and rebuilt together from the topics it reads. */
public enum ReadModel {

    /** Stock positions, valuation, daily movement and low-stock alerts. */
    STOCK("stock", List.of("inventory.stock.v1")),
    /** Accepted goods-receipt lines. */
    SUPPLIER_PURCHASES("supplier-purchases", List.of("procurement.purchase-order.v1")),
    /** Customers, for the counts. */
    CUSTOMERS("customers", List.of("customer.customer.v1"));

    private final String id;
    private final List<String> topics;

    ReadModel(String id, List<String> topics) {
        this.id = id;
        this.topics = topics;
    }

    public String id() {
        return id;
    }

    public List<String> topics() {
        return topics;
    }

    public static Optional<ReadModel> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
