package dev.pitlane.platform.imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Import jobs for a service that has a database and the file libraries (Apache Commons CSV, POI): the service
 * adds {@code commons-csv} and {@code poi-ooxml} to its pom and gets an {@link ImportJobs} bean.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(name = {"org.apache.commons.csv.CSVFormat", "org.apache.poi.xssf.eventusermodel.XSSFReader"})
@ConditionalOnBean(DataSource.class)
public class PlatformImportsConfiguration {

    @Bean
    ImportJobs importJobs(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                          @Value("${pitlane.imports.answer-within:2s}") Duration answerWithin,
                          @Value("${pitlane.imports.threads:2}") int threads) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new ImportJobs(new ImportJobRepository(jdbc), work -> own.executeWithoutResult(s -> work.run()),
                pool, answerWithin);
    }
}
