package dev.pitlane.workshop.cannedjob.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.workshop.cannedjob.application.CannedJobDetails;
import dev.pitlane.workshop.cannedjob.application.CannedJobService;
import dev.pitlane.workshop.cannedjob.application.CannedJobView;
import dev.pitlane.workshop.center.domain.BayType;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/canned-jobs")
@Tag(name = "Canned jobs", description = "Standard jobs with their hours, SAC, bay type and skill")
class CannedJobController {

    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name");

    private final CannedJobService jobs;

    CannedJobController(CannedJobService jobs) {
        this.jobs = jobs;
    }

    record CannedJobRequest(UUID id,
                            @NotBlank @Pattern(regexp = "[A-Z0-9-]{1,20}") String code,
                            @NotBlank @Size(max = 200) String name,
                            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24")
                            @Digits(integer = 2, fraction = 2) BigDecimal standardHours,
                            @NotBlank @Pattern(regexp = "[0-9]{4,8}") String sac,
                            @NotNull BayType bayType,
                            @Pattern(regexp = "[a-z0-9-]{1,40}") String skill,
                            Boolean active,
                            Long version) {

        CannedJobDetails details() {
            return new CannedJobDetails(name, standardHours, sac, bayType, skill, active == null || active);
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('workshop:manage')")
    ResponseEntity<CannedJobView> create(@Valid @RequestBody CannedJobRequest body) {
        CannedJobView job = jobs.create(body.id() == null ? UUID.randomUUID() : body.id(), body.code(),
                body.details());
        return ResponseEntity.created(URI.create("/api/v1/canned-jobs/" + job.id())).body(job);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('workshop:manage')")
    CannedJobView update(@PathVariable UUID id, @Valid @RequestBody CannedJobRequest body) {
        if (body.version() == null) {
            throw dev.pitlane.platform.web.ApiException.badField("version", "required", "send the version you read");
        }
        return jobs.update(id, body.details(), body.version());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('workshop:read')")
    PageResponse<CannedJobView> list(@RequestParam(defaultValue = "false") boolean includeInactive,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) List<String> sort) {
        return jobs.list(includeInactive, PageQuery.of(page, size, sort, SORTS, new PageQuery.Sort("code", false)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('workshop:read')")
    CannedJobView get(@PathVariable UUID id) {
        return jobs.get(id);
    }
}
