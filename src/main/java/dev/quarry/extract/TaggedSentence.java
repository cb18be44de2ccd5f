package dev.quarry.extract;

import dev.quarry.post.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A sentence as the relation readers see it: its tokens, the resolved mentions placed on them
 * (in token order), the Markdown block it is in and the section (the heading block before it, or
 * -1). Offsets are into the post's plain text.
 */
record TaggedSentence(int index, List<Token> tokens, List<PlacedMention> mentions, Block block,
    int blockIndex, int section, int start, int end) {

  TaggedSentence {
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
  }

  Token token(int i) {
    return tokens.get(i);
  }

  int size() {
    return tokens.size();
  }

  boolean in(Block.Kind kind) {
    return block.kind() == kind;
  }

  /** This sentence's words in the post's text. */
  String text(String postText) {
    return postText.substring(start, Math.min(postText.length(), end));
  }

  /** The mention covering a token, if any. */
  Optional<PlacedMention> mentionAt(int token) {
    for (PlacedMention m : mentions) {
      if (m.first() <= token && token <= m.last()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Whether the mention covering a token, if any, is of a type. */
  boolean isAt(int token, EntityType type) {
    return mentionAt(token).filter(m -> m.type() == type).isPresent();
  }

  List<PlacedMention> mentionsOf(EntityType type) {
    return mentions.stream().filter(m -> m.type() == type).toList();
  }

  boolean any(Predicate<Token> test) {
    return tokens.stream().anyMatch(test);
  }

  /** Whether a token among the {@code n} from {@code from} passes the test. */
  boolean anyWithin(int from, int n, Predicate<Token> test) {
    for (int j = Math.max(0, from); j < Math.min(tokens.size(), from + n); j++) {
      if (test.test(tokens.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token after {@code i} is {@code word} (lower case). */
  boolean nextIs(int i, String word) {
    return i + 1 < tokens.size() && tokens.get(i + 1).lower().equals(word);
  }

  /**
   * How many tokens from {@code i} spell the longest of {@code phrases} (lower case, words
   * separated by spaces); 0 when none does.
   */
  int phraseAt(int i, Set<String> phrases) {
    int best = 0;
    for (String phrase : phrases) {
      String[] words = phrase.split(" ");
      if (words.length > best && i + words.length <= tokens.size()) {
        boolean all = true;
        for (int k = 0; k < words.length && all; k++) {
          all = tokens.get(i + k).lower().equals(words[k]);
        }
        if (all) {
          best = words.length;
        }
      }
    }
    return best;
  }

  /** Whether every token in [from, to) is one of {@code words} (lower case). */
  boolean onlyWords(int from, int to, Set<String> words) {
    for (int j = from; j < to; j++) {
      if (!words.contains(tokens.get(j).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The people named in a run starting at token {@code from}: "A & B", "A, B and C", joined by
   * {@code joiners}; none when no name starts there.
   */
  List<PlacedMention> personRunFrom(int from, Set<String> joiners) {
    List<PlacedMention> run = new ArrayList<>();
    if (from < 0) {
      return run;
    }
    int expect = from;
    for (PlacedMention m : mentions) {
      if (m.first() < expect) {
        continue;
      }
      if (m.type() != EntityType.PERSON || !onlyWords(expect, m.first(), joiners)) {
        break;
      }
      run.add(m);
      expect = m.last() + 1;
    }
    return run;
  }

  /** The names of that run. */
  List<String> personRun(int from, Set<String> joiners) {
    return personRunFrom(from, joiners).stream().map(PlacedMention::name).toList();
  }

  /**
   * The people named before a token: all of them; or, when {@code runOnly} ("Jiten and Dan's
   * demo"), only the run of names just before it.
   */
  List<String> peopleBefore(int token, boolean runOnly, Set<String> joiners) {
    List<PlacedMention> persons = mentions.stream()
        .filter(m -> m.type() == EntityType.PERSON && m.last() < token).toList();
    if (!runOnly) {
      return persons.stream().map(PlacedMention::name).distinct().toList();
    }
    List<String> out = new ArrayList<>();
    for (int k = persons.size() - 1; k >= 0; k--) {
      String name = persons.get(k).name();
      if (!out.contains(name)) {
        out.add(0, name);
      }
      if (k == 0 || !onlyWords(persons.get(k - 1).last() + 1, persons.get(k).first(), joiners)) {
        break;
      }
    }
    return out;
  }

  /** The last token of the last person named before a token, or -1. */
  int lastPersonTokenBefore(int token) {
    int last = -1;
    for (PlacedMention m : mentions) {
      if (m.type() == EntityType.PERSON && m.last() < token) {
        last = m.last();
      }
    }
    return last;
  }

  /** The first token of the first person named after a token, or -1. */
  int firstPersonTokenAfter(int token) {
    for (PlacedMention m : mentions) {
      if (m.type() == EntityType.PERSON && m.first() > token) {
        return m.first();
      }
    }
    return -1;
  }

  /** Whether a person's name ends right before a token: "Guido shares ...". */
  boolean personEndsBefore(int token) {
    return mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.last() == token - 1);
  }
}
