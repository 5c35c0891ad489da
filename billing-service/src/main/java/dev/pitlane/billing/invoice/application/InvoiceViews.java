package dev.pitlane.billing.invoice.application;

import dev.pitlane.billing.invoice.domain.DraftLine;
import dev.pitlane.billing.invoice.domain.Party;
import dev.pitlane.billing.invoice.persistence.Invoice;
import dev.pitlane.billing.invoice.persistence.InvoiceLine;
import dev.pitlane.billing.setup.application.Seller;
import dev.pitlane.billing.setup.domain.FinancialYear;
import dev.pitlane.gst.PlaceOfSupply;
import java.util.List;

final class InvoiceViews {

    private InvoiceViews() {
    }

    static InvoiceView of(Invoice i) {
        Seller s = i.supplier();
        Party r = i.recipient();
        PlaceOfSupply pos = i.placeOfSupply();
        List<InvoiceView.LineView> lines = i.getLines().stream().map(InvoiceViews::line).toList();
        return new InvoiceView(i.getId(), i.getStatus(), i.getNumber(), i.getInvoiceDate(),
                i.getFinancialYear() == null ? null : new FinancialYear(i.getFinancialYear()).label(), i.getSource(),
                i.getServiceCenterId(), i.getCustomerId(), i.getVehicleId(), i.getJobCardId(), i.getJobCardNumber(),
                s == null ? null : new InvoiceView.PartyView(s.legalName(), s.tradeName(), s.addressLine1(),
                        s.addressLine2(), s.city(), s.postalCode(), s.state().code(), s.state().displayName(),
                        s.gstin().value()),
                new InvoiceView.PartyView(r.name(), null, r.addressLine1(), r.addressLine2(), r.city(), r.postalCode(),
                        r.state() == null ? null : r.state().code(), r.state() == null ? null : r.state().displayName(),
                        r.gstin() == null ? null : r.gstin().value()),
                new InvoiceView.PlaceOfSupplyView(pos.state().code(), pos.state().displayName(), pos.basis().name(),
                        pos.printed()),
                i.getSupplyType().name(), i.isReverseCharge(), i.getRateDate(), lines,
                new InvoiceView.Totals(i.getTaxableValue(), i.getCgst(), i.getSgst(), i.getUtgst(), i.getIgst(),
                        i.getRoundOff(), i.getGrandTotal()),
                i.settlement().paid(), i.settlement().credited(), i.settlement().due(), i.getCurrency(), i.getNotes(),
                i.getCreatedAt(), i.getIssuedAt(), i.getPaidAt(), i.getVersion());
    }

    private static InvoiceView.LineView line(InvoiceLine l) {
        DraftLine d = l.draft();
        return new InvoiceView.LineView(l.getPosition(), d.kind(), d.itemId(), d.description(), d.hsnSac(),
                d.quantity(), d.unit(), d.unitPrice(), d.priceIncludesTax(), d.discountPercent(), d.discountAmount(),
                l.getGstRate(), l.getGrossAmount(), l.getDiscountValue(), l.getTaxableValue(), l.getCgst(),
                l.getSgst(), l.getUtgst(), l.getIgst(), l.getLineTotal());
    }
}
