package dev.quarry.spark;

import dev.quarry.extract.EntityType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the job keeps of one post between its stages and runs, written as explicit bytes (Spark
 * never serializes Quarry's objects by reflection): the post's graph name, content hash and
 * pipeline version, the names it gives its entities, and its graph before resolution across
 * posts, as N-Quads. A post that could not be read has a problem instead of a graph.
 */
public record PostRecord(Kind kind, String graph, String contentHash, String version,
    Map<EntityType, Set<String>> postNames, byte[] nquads, String problem) {
  private static final int FORMAT = 1;

  /** Extracted now; unchanged since the last run (its earlier record stands); or unreadable. */
  public enum Kind { EXTRACTED, UNCHANGED, FAILED }

  /** A post that could not be read or extracted: {@code problem} says where and why. */
  public static PostRecord failed(String graph, String problem) {
    return new PostRecord(Kind.FAILED, graph, "", "", Map.of(), new byte[0], problem);
  }

  /** A post whose bytes and pipeline are those of its record from the last run. */
  public static PostRecord unchanged(String graph) {
    return new PostRecord(Kind.UNCHANGED, graph, "", "", Map.of(), new byte[0], "");
  }


  /** The kind of the record in {@code bytes}, read without reading the rest. */
  public static Kind kindOf(byte[] bytes) {
    return Kind.values()[bytes[Integer.BYTES]];
  }

  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(nquads.length + 256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeByte(kind.ordinal());
      out.writeUTF(graph);
      out.writeUTF(contentHash);
      out.writeUTF(version);
      out.writeUTF(problem);
      out.writeInt(postNames.size());
      for (Map.Entry<EntityType, Set<String>> e : postNames.entrySet()) {
        out.writeUTF(e.getKey().name());
        out.writeInt(e.getValue().size());
        for (String n : e.getValue()) {
          out.writeUTF(n);
        }
      }
      out.writeInt(nquads.length);
      out.write(nquads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static PostRecord fromBytes(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IllegalArgumentException("a post record of format " + format + ", not "
            + FORMAT + ": run again with --force");
      }
      Kind kind = Kind.values()[in.readByte()];
      String graph = in.readUTF();
      String hash = in.readUTF();
      String version = in.readUTF();
      String problem = in.readUTF();
      Map<EntityType, Set<String>> names = new EnumMap<>(EntityType.class);
      for (int i = in.readInt(); i > 0; i--) {
        EntityType type = EntityType.valueOf(in.readUTF());
        Set<String> set = new TreeSet<>();
        for (int j = in.readInt(); j > 0; j--) {
          set.add(in.readUTF());
        }
        names.put(type, set);
      }
      byte[] nquads = new byte[in.readInt()];
      in.readFully(nquads);
      return new PostRecord(kind, graph, hash, version, names, nquads, problem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
