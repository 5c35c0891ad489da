package dev.pitlane.auth.access.application;

import dev.pitlane.auth.access.domain.PermissionMatrix;
import org.springframework.stereotype.Service;

/**
 * The permission matrix, read once: it changes only with a migration, that is with a new release, so every
 * sign-in and refresh can resolve permissions without a query.
 */
@Service
public class Permissions {

    private final PermissionMatrixSource source;
    private volatile PermissionMatrix matrix;

    public Permissions(PermissionMatrixSource source) {
        this.source = source;
    }

    public PermissionMatrix matrix() {
        PermissionMatrix current = matrix;
        if (current == null) {
            current = source.load();
            matrix = current;
        }
        return current;
    }
}
