package dev.quarry.extract;

/** A sentence of a post's plain text, by its offsets there. */
public record Sentence(int index, int start, int end) {}
