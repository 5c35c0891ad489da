package dev.pitlane.workshop.technician.web;

import dev.pitlane.platform.web.ApiException;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.workshop.shared.application.HoursRequest;
import dev.pitlane.workshop.technician.application.TechnicianService;
import dev.pitlane.workshop.technician.application.TechnicianView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Technicians come from auth-service (users with the TECHNICIAN role); the workshop sets skills and shifts. */
@RestController
@RequestMapping("/api/v1/service-centers/{centerId}/technicians")
@Tag(name = "Technicians", description = "Users with the TECHNICIAN role at a center, their skills and shifts")
class TechnicianController {

    private static final Map<String, String> SORTS = Map.of("firstName", "firstName", "lastName", "lastName");

    private final TechnicianService technicians;

    TechnicianController(TechnicianService technicians) {
        this.technicians = technicians;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('workshop:read')")
    PageResponse<TechnicianView> list(@PathVariable UUID centerId,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      @RequestParam(required = false) List<String> sort) {
        return technicians.at(centerId, PageQuery.of(page, size, sort, SORTS, new PageQuery.Sort("firstName",
                false)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('workshop:read')")
    TechnicianView get(@PathVariable UUID centerId, @PathVariable UUID id) {
        TechnicianView technician = technicians.get(id);
        if (!technician.serviceCenterIds().contains(centerId)) {
            throw dev.pitlane.platform.domain.DomainException.notFound("Technician", id);
        }
        return technician;
    }

    record SkillsAndShifts(@NotNull Set<@Pattern(regexp = "[a-z0-9-]{1,40}") String> skills,
                           @NotNull List<@NotNull @Valid HoursRequest> shifts, @NotNull Long version) {
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('workshop:manage')")
    @Operation(summary = "Replace a technician's skills and weekly shifts",
            description = "No shifts: the technician works the center's hours")
    TechnicianView change(@PathVariable UUID centerId, @PathVariable UUID id,
                          @Valid @RequestBody SkillsAndShifts body) {
        return technicians.changeSkillsAndShifts(id, body.skills(),
                body.shifts().stream().map(HoursRequest::toDomain).toList(), body.version());
    }
}
