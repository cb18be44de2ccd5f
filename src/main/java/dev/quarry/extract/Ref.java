package dev.quarry.extract;

/** A reference to an entity by its type and preferred name (together, its identity). */
public record Ref(EntityType type, String name) {}
