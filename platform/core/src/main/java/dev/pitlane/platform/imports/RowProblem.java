package dev.pitlane.platform.imports;

/** Why a row was rejected: its line (the header is line 1), the column at fault (null for the whole row), the reason. */
public record RowProblem(int line, String column, String reason) {
}
