import ArgumentParser

/// The `parallax` command: news story engine.
@main
struct Parallax: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Compare how outlets report the same news story, claim by claim.",
        version: "0.1.0",
        subcommands: [
            CompareCommand.self, ExtractCommand.self, IngestCommand.self, WatchCommand.self,
            ClusterCommand.self, StoriesCommand.self, StoryCommand.self,
            ArticlesCommand.self, ServeCommand.self,
            EvalCommand.self, TrainCommand.self, BenchCommand.self,
        ])
}
