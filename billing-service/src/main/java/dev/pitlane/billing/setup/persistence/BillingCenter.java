package dev.pitlane.billing.setup.persistence;

import dev.pitlane.platform.persistence.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A service center's details as the supplier on its tax invoices. */
@Entity
@Table(name = "billing_centers")
public class BillingCenter extends TenantOwnedEntity {

    @Id
    private UUID id;
    private UUID serviceCenterId;
    private String legalName;
    private String tradeName;
    private String addressLine1;
    private String addressLine2;
    private String city;
    private String postalCode;
    private String stateCode;
    private String gstin;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected BillingCenter() {
    }

    public BillingCenter(UUID serviceCenterId, Instant now) {
        this.id = UUID.randomUUID();
        this.serviceCenterId = serviceCenterId;
        this.createdAt = now;
    }

    public void describe(String legalName, String tradeName, String addressLine1, String addressLine2, String city,
                         String postalCode, String stateCode, String gstin, Instant now) {
        this.legalName = legalName;
        this.tradeName = tradeName;
        this.addressLine1 = addressLine1;
        this.addressLine2 = addressLine2;
        this.city = city;
        this.postalCode = postalCode;
        this.stateCode = stateCode;
        this.gstin = gstin;
        this.updatedAt = now;
    }

    public UUID getServiceCenterId() {
        return serviceCenterId;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getTradeName() {
        return tradeName;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getGstin() {
        return gstin;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }
}
