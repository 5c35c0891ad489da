package dev.pitlane.procurement.purchaseorder.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
}
