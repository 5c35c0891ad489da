package dev.pitlane.customer.feedback.web;

import dev.pitlane.customer.feedback.application.Feedback;
import dev.pitlane.customer.feedback.application.FeedbackService;
import dev.pitlane.customer.feedback.application.NewFeedback;
import dev.pitlane.customer.feedback.persistence.FeedbackRepository;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "Customers' ratings and comments about a job or a visit, and the responses")
class FeedbackController {

    private static final Map<String, String> SORTS = Map.of("submittedAt", "submitted_at", "rating", "rating");

    private final FeedbackService feedback;

    FeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Schema(example = """
            {"customerId":"0d5e3c1a-8f7b-4c2e-9a51-2b6f0e4d7c10","jobCardId":"5b9e0f2c-1d3a-4e6b-8c7d-9f0a1b2c3d4e",
             "serviceCenterId":"7e57da7a-0000-4000-8000-000000000101","rating":4,"comment":"Quick service, car washed too"}""")
    record SubmitRequest(UUID customerId, UUID vehicleId, UUID jobCardId, UUID serviceCenterId, LocalDate visitDate,
                         Integer rating, String comment) {
    }

    record RespondRequest(String response) {
    }

    @PostMapping
    @PreAuthorize("hasAuthority('feedback:write')")
    @Operation(summary = "Record a customer's feedback", description = "About a job card (`jobCardId`, once per job "
            + "card: 409 `duplicate` on jobCardId) or a visit (`visitDate`, optionally `serviceCenterId`).")
    ResponseEntity<Feedback> submit(@RequestBody SubmitRequest body) {
        Feedback created = feedback.submit(new NewFeedback(body.customerId(), body.vehicleId(), body.jobCardId(),
                body.serviceCenterId(), body.visitDate(), body.rating(), body.comment()));
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('feedback:read')")
    @Operation(summary = "One feedback")
    Feedback get(@PathVariable UUID id) {
        return feedback.get(id);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('feedback:read')")
    @Operation(summary = "List feedback, newest first", description = "`maxRating=2&responded=false`: the unhappy "
            + "customers nobody answered yet.")
    PageResponse<Feedback> list(@RequestParam(required = false) UUID customerId,
                                @RequestParam(required = false) UUID vehicleId,
                                @RequestParam(required = false) UUID jobCardId,
                                @RequestParam(required = false) UUID serviceCenterId,
                                @RequestParam(required = false) Integer maxRating,
                                @RequestParam(required = false) Boolean responded,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) List<String> sort) {
        return feedback.list(new FeedbackRepository.Filter(customerId, vehicleId, jobCardId, serviceCenterId,
                        maxRating, responded),
                PageQuery.of(page, size, sort, SORTS, new PageQuery.Sort("submitted_at", true)));
    }

    @PostMapping("/{id}/response")
    @PreAuthorize("hasAuthority('feedback:respond')")
    @Operation(summary = "Respond to feedback", description = "Once; a second response is 409 `already-responded`.")
    Feedback respond(@PathVariable UUID id, @RequestBody RespondRequest body) {
        return feedback.respond(id, body.response());
    }
}
