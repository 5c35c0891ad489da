package dev.pitlane.workshop.jobcard.domain;

public enum LineKind {
    LABOUR, PART
}
