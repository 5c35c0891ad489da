package dev.pitlane.auth.access.application;

import dev.pitlane.auth.access.domain.PermissionMatrix;

/** Where the matrix is kept (the database, filled by a migration). */
public interface PermissionMatrixSource {

    PermissionMatrix load();
}
