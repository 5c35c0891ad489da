package dev.pitlane.reporting.export.web;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.reporting.export.application.ExportJob;
import dev.pitlane.reporting.export.application.ExportJobs;
import dev.pitlane.reporting.export.domain.ExportFilters;
import dev.pitlane.reporting.export.domain.ExportFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports")
@PreAuthorize("hasAuthority('report:export')")
class ExportController {

    record ExportRequest(String report, ExportFormat format, LocalDate from, LocalDate to, UUID itemId,
                         UUID locationId, UUID supplierId) {
    }

    private static final Map<String, String> SORTS = Map.of("requestedAt", "requested_at", "status", "status");

    private final ExportJobs exports;

    ExportController(ExportJobs exports) {
        this.exports = exports;
    }

    @PostMapping
    @Operation(summary = "Export a report as a file, in the background",
            description = "report: stock-movements or supplier-purchases; format CSV or XLSX; filters from, to, "
                    + "itemId, locationId, supplierId. No row cap: rows are streamed from a cursor. 202 with the "
                    + "job; poll it, then GET its downloadUrl until expiresAt.")
    ResponseEntity<ExportJob> request(@RequestBody ExportRequest request) {
        ExportJob job = exports.request(request.report(), request.format(), new ExportFilters(request.from(),
                request.to(), request.itemId(), request.locationId(), request.supplierId()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/exports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An export's status (QUEUED, RUNNING, DONE, FAILED, EXPIRED), progress and download link")
    ExportJob job(@PathVariable UUID id) {
        return exports.job(id);
    }

    @GetMapping
    @Operation(summary = "The organization's exports, newest first")
    PageResponse<ExportJob> jobs(@RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size,
                                 @RequestParam(required = false) List<String> sort) {
        return exports.jobs(PageQuery.of(page, size, sort, SORTS, null));
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "The file of a DONE export (409 export-not-ready before, export-expired after)")
    ResponseEntity<StreamingResponseBody> file(@PathVariable UUID id) throws IOException {
        ExportJobs.Download file = exports.download(id);
        StreamingResponseBody body = out -> {
            try (InputStream in = file.content()) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(body);
    }
}
