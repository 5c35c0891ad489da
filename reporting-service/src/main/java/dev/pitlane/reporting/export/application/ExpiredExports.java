package dev.pitlane.reporting.export.application;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;

/** Deletes the files whose download time is over and marks their jobs EXPIRED (a recurring, cluster-wide task). */
@Service
public class ExpiredExports {

    private static final Logger log = LoggerFactory.getLogger(ExpiredExports.class);
    private static final int BATCH = 500;

    private final ExportJobStore store;
    private final ExportStorage storage;
    private final TransactionTemplate transactions;

    ExpiredExports(ExportJobStore store, ExportStorage storage, PlatformTransactionManager txManager) {
        this.store = store;
        this.storage = storage;
        this.transactions = new TransactionTemplate(txManager);
    }

    public int run() {
        var expired = transactions.execute(s -> store.expiredEverywhere(BATCH));
        for (ExportJobStore.Expired e : expired) {
            TenantContext.runAs(Caller.system(e.organizationId(), "export-expiry"),
                    () -> transactions.executeWithoutResult(s -> {
                        store.fileKey(e.jobId()).ifPresent(key -> {
                            try {
                                storage.delete(key);
                            } catch (IOException ex) {
                                log.warn("Could not delete the expired export {}", key, ex);
                            }
                        });
                        store.expired(e.jobId());
                    }));
        }
        return expired.size();
    }
}
