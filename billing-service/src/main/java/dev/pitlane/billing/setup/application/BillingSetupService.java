package dev.pitlane.billing.setup.application;

import dev.pitlane.billing.setup.domain.DocumentType;
import dev.pitlane.billing.setup.domain.FinancialYear;
import dev.pitlane.billing.setup.domain.SeriesNumbering;
import dev.pitlane.billing.setup.persistence.BillingCenter;
import dev.pitlane.billing.setup.persistence.BillingCenterRepository;
import dev.pitlane.billing.setup.persistence.DocumentSeries;
import dev.pitlane.billing.setup.persistence.DocumentSeriesRepository;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.GstState;
import dev.pitlane.gst.Gstin;
import dev.pitlane.platform.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seller's details of each service center and its numbering series. */
@Service
public class BillingSetupService {

    private final BillingCenterRepository centers;
    private final DocumentSeriesRepository series;
    private final Clock clock;

    BillingSetupService(BillingCenterRepository centers, DocumentSeriesRepository series, Clock clock) {
        this.centers = centers;
        this.series = series;
        this.clock = clock;
    }

    /** Creates or replaces a center's seller details; invoices already issued keep the details they printed. */
    @Transactional
    public SellerDetails describeCenter(UUID serviceCenterId, SellerDetailsCommand command) {
        GstState state = GstState.ofCode(command.stateCode());
        Gstin gstin = Gstin.parse(command.gstin());
        if (gstin.state() != state) {
            throw DomainException.unprocessable("billing-center.gstin-state-mismatch",
                    "GSTIN " + gstin + " is registered in state " + gstin.state().code() + ", not " + state.code());
        }
        BillingCenter center = centers.findByServiceCenterId(serviceCenterId)
                .orElseGet(() -> new BillingCenter(serviceCenterId, clock.instant()));
        center.describe(command.legalName(), command.tradeName(), command.addressLine1(), command.addressLine2(),
                command.city(), command.postalCode(), state.code(), gstin.value(), clock.instant());
        return view(centers.saveAndFlush(center));
    }

    @Transactional(readOnly = true)
    public SellerDetails center(UUID serviceCenterId) {
        return centers.findByServiceCenterId(serviceCenterId).map(BillingSetupService::view)
                .orElseThrow(() -> DomainException.notFound("Billing center", serviceCenterId));
    }

    /** The supplier for a center's invoices; a center without seller details cannot invoice. */
    @Transactional(readOnly = true)
    public Seller seller(UUID serviceCenterId) {
        return centers.findByServiceCenterId(serviceCenterId).map(c -> view(c).seller())
                .orElseThrow(() -> DomainException.unprocessable("billing-center.not-set-up",
                        "service center " + serviceCenterId + " has no seller details for invoices yet"));
    }

    @Transactional
    public SeriesView createSeries(UUID serviceCenterId, DocumentType type, int financialYear, String prefix,
                                   int numberWidth) {
        center(serviceCenterId);
        DocumentSeries created = new DocumentSeries(serviceCenterId, type, new FinancialYear(financialYear),
                new SeriesNumbering(prefix, numberWidth), clock.instant(), TenantContext.caller().subject());
        return view(series.saveAndFlush(created));
    }

    @Transactional(readOnly = true)
    public List<SeriesView> series(UUID serviceCenterId) {
        return series.findByServiceCenterIdOrderByFinancialYearDescDocumentTypeAsc(serviceCenterId).stream()
                .map(BillingSetupService::view).toList();
    }

    private static SellerDetails view(BillingCenter c) {
        return new SellerDetails(c.getServiceCenterId(), c.getLegalName(), c.getTradeName(), c.getAddressLine1(),
                c.getAddressLine2(), c.getCity(), c.getPostalCode(), c.getStateCode(),
                GstState.ofCode(c.getStateCode()).displayName(), c.getGstin(), c.getUpdatedAt(), c.getVersion());
    }

    private static SeriesView view(DocumentSeries s) {
        return new SeriesView(s.getId(), s.getServiceCenterId(), s.getDocumentType(), s.getFinancialYear().startYear(),
                s.getFinancialYear().label(), s.getNumbering().prefix(), s.getNumbering().width(),
                s.getNumbering().format(1), s.getCreatedAt());
    }
}
