package dev.pitlane.workshop.jobcard.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

@Embeddable
public class ChecklistItem {

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;
    private String item;
    private boolean ok;
    private String note;

    protected ChecklistItem() {
    }

    ChecklistItem(UUID organizationId, String item, boolean ok, String note) {
        this.organizationId = organizationId;
        this.item = item;
        this.ok = ok;
        this.note = note;
    }

    public String item() {
        return item;
    }

    public boolean ok() {
        return ok;
    }

    public String note() {
        return note;
    }
}
