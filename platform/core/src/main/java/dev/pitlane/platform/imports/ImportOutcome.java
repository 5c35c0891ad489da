package dev.pitlane.platform.imports;

/** What an accepted row did. */
public enum ImportOutcome { CREATED, UPDATED, UNCHANGED }
