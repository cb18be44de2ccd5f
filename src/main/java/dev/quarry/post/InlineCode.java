package dev.quarry.post;

/**
 * Where a code span of the body ("`pprof`") stands in the post's plain text, [start, end): a
 * single word in code, mentioned in prose, is often a program's or a package's name.
 */
public record InlineCode(int start, int end) {}
