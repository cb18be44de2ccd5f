package dev.quarry.extract;

/**
 * One place a post names an entity: offsets in the post's plain text, the sentence, the words as
 * written, and which extractor found it ("ner", "gazetteer", "rule:NAME" or "front-matter").
 */
public record Mention(
    EntityType type, String name, int start, int end, int sentence, String surface,
    String extractor) {}
