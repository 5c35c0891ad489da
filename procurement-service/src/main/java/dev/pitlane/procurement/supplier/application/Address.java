package dev.pitlane.procurement.supplier.application;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record Address(@Size(max = 200) String line1,
                      @Size(max = 200) String line2,
                      @Size(max = 100) String city,
                      @Size(max = 100) String state,
                      @Pattern(regexp = "[1-9][0-9]{5}", message = "must be a six-digit PIN code") String postalCode) {
}
