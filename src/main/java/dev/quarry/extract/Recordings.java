package dev.quarry.extract;

import dev.quarry.post.Block;
import dev.quarry.post.Link;
import java.util.List;

/**
 * A talk's recording when its own line links none: the first player embedded, or recording
 * linked, after the talk and before the next talk or heading ("If you missed it, here it is.").
 */
final class Recordings {
  private final Lexicon lex;

  Recordings(Lexicon lex) {
    this.lex = lex;
  }

  void find(List<TalkBuilder> talks, List<TaggedSentence> sentences, PostContext post) {
    for (int i = 0; i < talks.size(); i++) {
      TalkBuilder t = talks.get(i);
      if (t.recording.isPresent()) {
        continue;
      }
      int from = sentences.get(t.sentences.get(0)).start();
      int to = i + 1 < talks.size() ? sentences.get(talks.get(i + 1).sentences.get(0)).start()
          : Integer.MAX_VALUE;
      for (Block b : post.blocks()) {
        if (b.kind() == Block.Kind.HEADING && b.start() > from && b.start() < to) {
          to = b.start();
        }
      }
      int until = to;
      t.recording = post.links().stream()
          .filter(l -> l.start() >= from && l.start() <= until)
          .filter(l -> l.kind() == Link.Kind.EMBED || lex.recordingHost.matcher(l.url()).find())
          .map(Link::url).findFirst();
    }
  }
}
