package dev.pitlane.reporting.export.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.pitlane.reporting.export.application.ExpiredExports;
import dev.pitlane.reporting.export.application.ExportQueue;
import dev.pitlane.reporting.export.application.ExportRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * db-scheduler runs the export jobs: each is a row of {@code scheduled_tasks} that one replica takes at a time
 * (a dead replica's job is taken over after its heartbeat stops), retried with exponential backoff. It sees the
 * DataSource through Spring's transaction, so a job is scheduled in the transaction that creates it.
 */
@Configuration
class ExportScheduling {

    static final String EXPORT_TASK = "export";

    @Bean
    OneTimeTask<String> exportTask(ExportRunner runner) {
        return Tasks.oneTime(EXPORT_TASK, String.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(runner.attempts(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(2))))
                .execute((instance, context) -> {
                    String[] ids = instance.getData().split(":");
                    runner.run(UUID.fromString(ids[0]), UUID.fromString(ids[1]),
                            context.getExecution().consecutiveFailures + 1);
                });
    }

    @Bean
    RecurringTask<Void> exportExpiryTask(ExpiredExports expired) {
        return Tasks.recurring("export-expiry", FixedDelay.of(Duration.ofMinutes(5)))
                .execute((instance, context) -> expired.run());
    }

    @Bean(destroyMethod = "stop")
    Scheduler exportScheduler(DataSource dataSource, OneTimeTask<String> exportTask,
                              RecurringTask<Void> exportExpiryTask) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.of(exportTask))
                .startTasks(exportExpiryTask)
                .threads(2)
                .pollingInterval(Duration.ofSeconds(1))
                .enableImmediateExecution()
                .build();
    }

    /** Started once the migrations have created its table and the service is up. */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(Scheduler.class).start();
    }

    @Bean
    ExportQueue exportQueue(Scheduler scheduler, OneTimeTask<String> exportTask) {
        return (organizationId, jobId) -> scheduler.schedule(
                exportTask.instance(jobId.toString(), organizationId + ":" + jobId), Instant.now());
    }
}
