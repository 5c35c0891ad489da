package dev.pitlane.reporting.readmodel.application;

import dev.pitlane.reporting.readmodel.domain.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * The rebuild as a command for operators: {@code java -jar reporting-service.jar
 * --pitlane.reporting.rebuild=stock,supplier-purchases} (or {@code PITLANE_REPORTING_REBUILD=stock}) resets the
 * named read models for every organization, replays their topics, and exits (0: done). Another replica may keep
 * serving meanwhile: its consumer and the replay apply each event once between them.
 */
@Component
@ConditionalOnProperty(name = "pitlane.reporting.rebuild")
class RebuildCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private final ReadModelRebuilds rebuilds;
    private final Environment env;
    private final ApplicationContext context;

    RebuildCommand(ReadModelRebuilds rebuilds, Environment env, ApplicationContext context) {
        this.rebuilds = rebuilds;
        this.env = env;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exit = 0;
        for (String id : env.getRequiredProperty("pitlane.reporting.rebuild").split(",")) {
            ReadModel model = ReadModel.byId(id.trim()).orElse(null);
            if (model == null) {
                log.error("No read model {}; there are {}", id, Arrays.stream(ReadModel.values())
                        .map(ReadModel::id).toList());
                exit = 2;
                continue;
            }
            long applied = rebuilds.rebuildEverywhere(model);
            log.info("Rebuilt read model {} for every organization: {} events applied", model.id(), applied);
        }
        int code = exit;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
