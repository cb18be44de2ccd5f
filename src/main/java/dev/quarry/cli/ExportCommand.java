package dev.quarry.cli;

import dev.quarry.graph.Vocab;
import dev.quarry.store.QuarryStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.riot.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry export}: writes the whole graph as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the store as RDF: every post's graph (trig, nquads, jsonld) or their "
        + "union (turtle, ntriples, rdfxml).")
public final class ExportCommand implements Callable<Integer> {
  /** The formats export writes, and the Jena language of each. */
  enum Format {
    TURTLE(Lang.TURTLE),
    TRIG(Lang.TRIG),
    NQUADS(Lang.NQUADS),
    NTRIPLES(Lang.NTRIPLES),
    JSONLD(Lang.JSONLD),
    RDFXML(Lang.RDFXML);

    final Lang lang;

    Format(Lang lang) {
      this.lang = lang;
    }
  }

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = {"-f", "--format"}, defaultValue = "turtle",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    try (QuarryStore st = store.open(false)) {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        try (OutputStream os = WriterOutputStream.builder().setWriter(out)
            .setCharset(StandardCharsets.UTF_8).get()) {
          st.export(os, format.lang, Vocab.PREFIXES);
        }
        out.flush();
      } else {
        // Write beside the target and move it into place: a failed export leaves no half file.
        Path abs = output.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), ".quarry-export", ".tmp");
        try {
          try (OutputStream os = Files.newOutputStream(tmp)) {
            st.export(os, format.lang, Vocab.PREFIXES);
          }
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
    }
    return ExitCodes.OK;
  }
}
