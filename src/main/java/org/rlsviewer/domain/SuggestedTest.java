package org.rlsviewer.domain;

/** A test the clinician may consider ordering, with why and on what basis. */
public record SuggestedTest(String id, String name, String reason, String basis) {}
