package dev.pitlane.procurement.supplier.application;

import java.math.BigDecimal;

public record SupplierPartDetails(String itemSku, String itemName, String supplierPartNumber, BigDecimal unitPrice,
                                  BigDecimal taxRate, boolean preferred) {
}
