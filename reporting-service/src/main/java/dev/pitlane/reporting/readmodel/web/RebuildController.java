package dev.pitlane.reporting.readmodel.web;

import dev.pitlane.platform.web.ApiException;
import dev.pitlane.reporting.readmodel.application.ReadModelRebuilds;
import dev.pitlane.reporting.readmodel.application.RebuildRun;
import dev.pitlane.reporting.readmodel.domain.ReadModel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Arrays;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Read model rebuilds")
@PreAuthorize("hasAuthority('report:rebuild')")
class RebuildController {

    record RebuildRequest(String model) {
    }

    private final ReadModelRebuilds rebuilds;

    RebuildController(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild a read model of the caller's organization from its events",
            description = "Deletes the organization's rows of the model (stock, supplier-purchases, customers) and "
                    + "replays its topics from the start in the background; 202 with the run to poll. 409 "
                    + "rebuild-running while one runs.")
    ResponseEntity<RebuildRun> rebuild(@RequestBody RebuildRequest request) {
        ReadModel model = request.model() == null ? null : ReadModel.byId(request.model()).orElse(null);
        if (model == null) {
            throw ApiException.badField("model", "OneOf", "one of " + Arrays.stream(ReadModel.values())
                    .map(ReadModel::id).toList());
        }
        RebuildRun run = rebuilds.start(model);
        return ResponseEntity.accepted().location(URI.create("/api/v1/reports/rebuilds/" + run.id())).body(run);
    }

    @GetMapping("/rebuilds/{id}")
    @Operation(summary = "A rebuild's status: RUNNING, DONE (with the events applied) or FAILED (with the error)")
    RebuildRun run(@PathVariable UUID id) {
        return rebuilds.run(id);
    }
}
