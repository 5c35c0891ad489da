package dev.pitlane.procurement.partsissue.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CancelRequest(@NotBlank @Size(max = 500) String reason) {
}
