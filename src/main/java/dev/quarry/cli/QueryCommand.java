package dev.quarry.cli;

import dev.quarry.graph.Queries;
import dev.quarry.store.QuarryStore;
import dev.quarry.store.QuerySyntaxException;
import dev.quarry.store.ResultFormat;
import dev.quarry.store.SparqlQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry query}: runs a SPARQL query, from a file or the command line. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a SPARQL query over all posts' graphs. Named queries live in queries/.")
public final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "FILE", description = "A .rq file, e.g. queries/who-spoke-about.rq.")
    Path file;

    @Option(names = {"-e", "--expression"}, paramLabel = "TEXT", description = "The query text.")
    String text;
  }

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
      description = "Bind ?NAME to the literal VALUE (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = {"-f", "--format"}, defaultValue = "table",
      description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
  ResultFormat format;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Stop a query that runs longer (default: ${DEFAULT-VALUE} s).")
  long timeoutSeconds;

  @Override
  public Integer call() throws IOException {
    String name;
    String text;
    if (source.file != null) {
      name = source.file.toString();
      if (!Files.isRegularFile(source.file)) {
        throw new QuarryException(ExitCodes.USAGE, name + ": no such query file");
      }
      text = Files.readString(source.file, StandardCharsets.UTF_8);
    } else {
      name = "query";
      text = source.text;
    }
    if (timeoutSeconds <= 0) {
      throw new QuarryException(ExitCodes.USAGE, "--timeout must be more than 0 seconds");
    }
    SparqlQuery query;
    try {
      query = Queries.parse(name, text, params);
    } catch (QuerySyntaxException e) {
      throw new QuarryException(ExitCodes.USAGE, e.describe(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (QuarryStore st = store.open(false);
        OutputStream os = WriterOutputStream.builder().setWriter(out)
            .setCharset(StandardCharsets.UTF_8).get()) {
      query.run(st, format, Duration.ofSeconds(timeoutSeconds), os);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
