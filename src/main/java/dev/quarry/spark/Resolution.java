package dev.quarry.spark;

import dev.quarry.extract.EntityIndex;
import dev.quarry.extract.EntityType;
import dev.quarry.graph.Renames;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Resolution across posts as a keyed step: every name is counted by the posts that use it, names
 * are grouped by {@link EntityIndex#block}, and each block picks its nodes' preferred names as
 * {@code quarry ingest} does, so the answer is the same for any partitioning or order. Names
 * travel as "TYPE\tname" strings.
 */
final class Resolution {
  private Resolution() {}

  /** Each name whose preferred name is another, with that name. */
  static JavaPairRDD<String, String> renames(JavaRDD<byte[]> records) {
    return records.flatMapToPair(b -> {
      List<Tuple2<String, Integer>> out = new ArrayList<>();
      PostRecord.fromBytes(b).postNames().forEach((type, names) -> names.forEach(
          n -> out.add(new Tuple2<>(type + "\t" + n, 1))));
      return out.iterator();
    }).reduceByKey(Integer::sum)
        .mapToPair(t -> {
          String[] ref = t._1().split("\t", 2);
          return new Tuple2<>(EntityIndex.block(EntityType.valueOf(ref[0]), ref[1]),
              t._1() + "\t" + t._2());
        })
        .groupByKey()
        .flatMapToPair(block -> {
          Map<EntityType, Map<String, Integer>> counts = new EnumMap<>(EntityType.class);
          for (String row : block._2()) {
            String[] f = row.split("\t", 3);
            counts.computeIfAbsent(EntityType.valueOf(f[0]), t -> new HashMap<>())
                .put(f[1], Integer.parseInt(f[2]));
          }
          EntityIndex index = new EntityIndex(counts);
          List<Tuple2<String, String>> out = new ArrayList<>();
          counts.forEach((type, names) -> names.keySet().forEach(n -> {
            String to = index.preferred(type, n);
            if (!to.equals(n)) {
              out.add(new Tuple2<>(type + "\t" + n, to));
            }
          }));
          return out.iterator();
        });
  }

  /** Whether {@code r}'s graph is named otherwise under {@code after} than under {@code before}. */
  static boolean renamedBetween(PostRecord r, Map<String, String> before,
      Map<String, String> after) {
    for (Map.Entry<EntityType, Set<String>> e : r.postNames().entrySet()) {
      for (String n : e.getValue()) {
        String ref = e.getKey() + "\t" + n;
        if (!java.util.Objects.equals(before.get(ref), after.get(ref))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The record's graph, as N-Quads, with its nodes under their preferred names. */
  static String resolved(PostRecord r, Map<String, String> renames) {
    List<EntityIndex.Rewrite> rewrites = new ArrayList<>();
    r.postNames().forEach((type, names) -> names.forEach(n -> {
      String to = renames.get(type + "\t" + n);
      if (to != null) {
        rewrites.add(new EntityIndex.Rewrite(type, Set.of(n), to));
      }
    }));
    if (rewrites.isEmpty()) {
      return new String(r.nquads(), java.nio.charset.StandardCharsets.UTF_8).stripTrailing();
    }
    DatasetGraph dsg = DatasetGraphFactory.create();
    RDFParser.source(new java.io.ByteArrayInputStream(r.nquads())).lang(Lang.NQUADS).parse(dsg);
    UpdateExec.dataset(dsg).update(Renames.of(rewrites)).execute();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, dsg, Lang.NQUADS);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8).stripTrailing();
  }
}
