package org.rlsviewer.analysis;

/**
 * A concept named in a text: the characters [start, end) that name it, how it is asserted, and,
 * for leg findings, which side.
 */
record Mention(String concept, int start, int end, String matched, Assertion assertion, Laterality laterality) {}
