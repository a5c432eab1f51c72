package org.rlsviewer.domain;

/** How many nights of a period mention a side effect (affirmed, not denied), e.g. diarrhoea on 9. */
public record SideEffectCount(String effect, int nights) {}
