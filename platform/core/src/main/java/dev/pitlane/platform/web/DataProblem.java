package dev.pitlane.platform.web;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What a refusal by the database means to the caller, wherever it surfaced: in a statement, or at commit (deferred
 * writes, constraints checked at commit), which may happen in a filter after the controller has returned.
 */
record DataProblem(HttpStatus status, String code, String title, String detail, List<FieldProblem> errors) {

    static Optional<DataProblem> of(Throwable e) {
        if (e instanceof OptimisticLockingFailureException) {
            return Optional.of(new DataProblem(HttpStatus.CONFLICT, "concurrent-modification",
                    "Concurrent modification", "The record was changed by someone else; reload it and try again",
                    List.of()));
        }
        if (e instanceof PessimisticLockingFailureException) {
            return Optional.of(new DataProblem(HttpStatus.CONFLICT, "concurrent-modification",
                    "Concurrent modification", "The record is being changed by another request; try again",
                    List.of()));
        }
        if (e instanceof DataIntegrityViolationException integrity) {
            String sqlState = sqlState(integrity);
            if ("22003".equals(sqlState)) {
                return Optional.of(new DataProblem(HttpStatus.UNPROCESSABLE_CONTENT, "value-out-of-range",
                        "Value out of range", "A number, or an amount worked out from it, is larger than can be "
                        + "stored", List.of()));
            }
            if (sqlState != null && sqlState.startsWith("22")) {
                return Optional.of(new DataProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-value",
                        "Invalid value", "A value cannot be stored as given", List.of()));
            }
            ConstraintName constraint = ConstraintName.of(integrity);
            List<FieldProblem> errors = constraint.field() == null ? List.of()
                    : List.of(new FieldProblem(constraint.field(), constraint.kind(), constraint.message()));
            return Optional.of(new DataProblem(HttpStatus.CONFLICT,
                    constraint.isUnique() ? "duplicate" : "data-conflict", "Conflict", constraint.message(), errors));
        }
        return Optional.empty();
    }

    /** The first {@link DataAccessException} in the chain of causes, if any (a filter may wrap it). */
    static Optional<DataAccessException> find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException data) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }

    private static String sqlState(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
