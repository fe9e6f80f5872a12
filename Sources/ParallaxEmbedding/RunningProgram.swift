import Foundation

/// Where the running program is, for finding what is installed beside it.
enum RunningProgram {
    /// The running executable, as the system started it: not `CommandLine.arguments[0]`,
    /// which is a bare name when the program was found through `PATH`.
    static var executable: URL {
        Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
    }
}
