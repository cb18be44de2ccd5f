package dev.quarry.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The root command: it only lists the subcommands, so a missing one is a usage error. */
@Command(
    name = "quarry",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns a folder of blog posts into a knowledge graph you can ask questions of.",
    subcommands = {
      IngestCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      LoadCommand.class,
      SparkCommand.class,
      ExplainCommand.class,
      ValidateCommand.class,
      ServeCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
public final class QuarryCommand {
  @Mixin Verbosity verbosity;
}
