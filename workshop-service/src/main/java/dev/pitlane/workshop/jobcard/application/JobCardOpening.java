package dev.pitlane.workshop.jobcard.application;

import dev.pitlane.workshop.appointment.application.AppointmentService;
import dev.pitlane.workshop.appointment.application.AppointmentView;
import dev.pitlane.workshop.appointment.domain.AppointmentStatus;
import dev.pitlane.workshop.customer.application.CustomerDirectory;
import dev.pitlane.workshop.customer.application.VehicleOfCustomer;
import dev.pitlane.platform.domain.DomainException;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * Opens a job card: checks the vehicle and its owner with customer-service first (a remote call, so outside any
 * database transaction and lock), then writes the card with its number in one short transaction.
 */
@Service
public class JobCardOpening {

    private final AppointmentService appointments;
    private final CustomerDirectory customers;
    private final JobCardService jobCards;

    JobCardOpening(AppointmentService appointments, CustomerDirectory customers, JobCardService jobCards) {
        this.appointments = appointments;
        this.customers = customers;
        this.jobCards = jobCards;
    }

    public JobCardView open(OpenJobCard request) {
        UUID centerId = request.serviceCenterId();
        UUID vehicleId = request.vehicleId();
        UUID customerId = request.customerId();
        if (request.appointmentId() != null) {
            AppointmentView appointment = appointments.get(request.appointmentId());
            if (appointment.status() != AppointmentStatus.CHECKED_IN) {
                throw DomainException.conflict("appointment-not-checked-in", "Appointment "
                        + appointment.id() + " is " + appointment.status() + "; check the car in first");
            }
            centerId = appointment.serviceCenterId();
            vehicleId = appointment.vehicleId();
            customerId = appointment.customerId();
        }
        if (centerId == null || vehicleId == null) {
            throw DomainException.unprocessable("walk-in-needs-vehicle",
                    "A walk-in job card names its service center and vehicle");
        }
        UUID wanted = vehicleId;
        VehicleOfCustomer vehicle = customers.vehicle(vehicleId).orElseThrow(() -> DomainException.unprocessable(
                "unknown-vehicle", "customer-service has no vehicle " + wanted));
        if (!vehicle.serviceable()) {
            throw DomainException.unprocessable("vehicle-not-serviceable", "Vehicle " + vehicle.registrationNumber()
                    + " is " + vehicle.status());
        }
        if (customerId != null && !customerId.equals(vehicle.customerId())) {
            throw DomainException.unprocessable("customer-not-owner", "Vehicle " + vehicle.registrationNumber()
                    + " belongs to another customer");
        }
        return jobCards.open(request, centerId, vehicle);
    }
}
