package dev.quarry.post;

/** Something wrong in a post that did not stop it from being read: the post is kept without it. */
public record Problem(int line, String message) {}
